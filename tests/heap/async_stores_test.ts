import { asyncStoreFix, asyncStoreHold } from "../../heap/analysis/async_stores.ts";
import type { NamedPath } from "../../heap/analysis/growth.ts";
import { assertEquals, assertMatch } from "../support/assert.ts";

const url = "file:///app/tracing.mjs";
const source = [
  "const storage = new AsyncLocalStorage();",
  "export function startSpan(name) {",
  "  const span = new Span(name, storage.getStore());",
  "  // storage.enterWith(x) in a comment is no call",
  "  storage.enterWith(span);",
  "  return span;",
  "}",
].join("\n");

/** The path Node's heap shows to a store: a parser resource's `kResourceStore` property. */
function pathThrough(edge: string): NamedPath {
  return {
    root: "runtime",
    steps: [
      { node: "(Global handles)", nodeId: 29 },
      {
        node: "HTTPServerAsyncResource",
        nodeId: 72343,
        edge: "<symbol resource_symbol>",
        edgeType: "property",
      },
      { node: "Span", nodeId: 157215, edge, edgeType: "property" },
    ],
  };
}

Deno.test("a chain an AsyncLocalStorage store keeps on a connection's resource", () => {
  const hold = asyncStoreHold({ formerHolder: pathThrough("<symbol kResourceStore>") }, [[
    url,
    source,
  ]]);
  assertEquals(hold?.resource, "HTTPServerAsyncResource");
  assertEquals(hold?.enterWith?.location.line, 5);
  assertMatch(
    asyncStoreFix(hold, { cls: "Span", link: "parent" }) ?? "",
    /^enterWith\(\) \(line 5: storage\.enterWith\(span\);\) leaves its store .* here a HTTPServerAsyncResource.*each new Span takes the store it finds as its \.parent.*storage\.run\(store, handler\)/,
  );
  // Another property of the resource is not a store; no path, no finding.
  assertEquals(asyncStoreHold({ path: pathThrough("owner") }, [[url, source]]), undefined);
  assertEquals(asyncStoreFix(undefined), undefined);
  // Without an enterWith() call in the program: the store's rule alone.
  assertMatch(
    asyncStoreFix(asyncStoreHold({ path: pathThrough("<symbol kResourceStore>") }, [])) ?? "",
    /^an AsyncLocalStorage store stays on the async resources current while it is set/,
  );
});
