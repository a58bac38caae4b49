/**
 * Declared paths as a developer writes them, on hand-written steps: properties at any depth,
 * a closure's scope, Map entries, a linked list's run, and the runtime's listener structures
 * (Node's EventEmitter, Deno's and Node's EventTarget) named by the emitter the program owns.
 */

import { namePath, pathText } from "../../heap/analysis/path_text.ts";
import type { RetainerStep } from "../../heap/mod.ts";
import { assertEquals } from "../support/assert.ts";

const root: RetainerStep = { node: "system / Context", nodeId: 1 };
const v = (edge: string): RetainerStep => ({ node: "x", nodeId: 2, edge, edgeType: "context" });
const p = (edge: string): RetainerStep => ({ node: "x", nodeId: 3, edge, edgeType: "property" });
const into = (edge: string): RetainerStep => ({
  node: "x",
  nodeId: 4,
  edge,
  edgeType: "internal",
});
const entry = (key: string): RetainerStep => ({ ...into("7"), key });

Deno.test("path text: properties at any depth, a closure's scope, Map entries, list runs", () => {
  assertEquals(pathText([root, v("app"), p("state"), p("audit"), p("log")]), "app.state.audit.log");
  assertEquals(
    pathText([root, v("latency"), p("observe"), into("context"), v("samples")]),
    "latency → observe() → samples",
  );
  assertEquals(pathText([root, v("memoized"), into("context"), v("cache")]), "memoized → cache");
  assertEquals(
    pathText([root, v("channels"), into("table"), entry('"orders"'), p("subscribers")]),
    'channels.get("orders").subscribers',
  );
  assertEquals(
    pathText([root, v("channels"), into("table"), entry('"orders"'), p("subscribers")], "", true),
    "channels.get(…).subscribers",
    "a pool is named by the path of one member: keys vary",
  );
  assertEquals(pathText([root, v("head"), p("next"), p("next"), p("next")]), "head.next…");
  // The same field name through objects of another class is not a list: each hop is written.
  const of = (edge: string, node: string): RetainerStep => ({ ...p(edge), node });
  assertEquals(
    pathText([root, v("keys"), of("_store", "MemoryAdapter"), of("_store", "Map")]),
    "keys._store._store",
  );
  // A global is written by its own name; the global object itself as globalThis.
  assertEquals(pathText([{ node: "global", nodeId: 1 }, p("cache")], "global"), "cache");
  assertEquals(pathText([{ node: "global", nodeId: 1 }], "global"), "globalThis");
  assertEquals(pathText([root, v("x"), p("#items")]), "x.items", "a private field by its name");
});

Deno.test("listener structures are named by the emitter and the event", () => {
  // Node's and Deno's EventEmitter: `_events.<type>`.
  assertEquals(
    namePath([root, v("rates"), p("_events"), p("update")]).text,
    "rates 'update' listeners",
  );
  // Deno's EventTarget: an internal slot, a symbol-keyed record, `listeners.<type>`.
  const deno = namePath([
    root,
    v("shutdown"),
    p("<symbol [[signal]]>"),
    p("<symbol>"),
    p("listeners"),
    p("abort"),
  ]);
  assertEquals(deno.text, "shutdown.signal 'abort' listeners");
  assertEquals(deno.owner, "shutdown.signal");
  assertEquals(deno.listeners, { event: "abort" });
  // Node's EventTarget: a symbol-keyed Map's entry for the type, then its listener chain.
  assertEquals(
    namePath([
      root,
      v("shutdown"),
      p("#signal"),
      p("<symbol kEvents>"),
      into("table"),
      entry('"abort"'),
      p("next"),
      p("next"),
    ]).text,
    "shutdown.signal 'abort' listeners",
  );
  // Anything else keeps its plain path.
  assertEquals(namePath([root, v("queue"), p("items")]), {
    text: "queue.items",
    owner: "queue.items",
  });
});

Deno.test("path text: a WeakMap's value reached through the WeakMap's own table", () => {
  const weak: RetainerStep = { ...into("9 / part of key"), weakMap: "targetMap" };
  assertEquals(
    pathText([
      root,
      { ...v("targetMap"), node: "WeakMap" },
      into("table"),
      weak,
      into("table"),
      entry('"glaze"'),
    ]),
    'targetMap.get(…).get("glaze")',
  );
  // Reached from its key: the key's path names it.
  assertEquals(pathText([root, v("pool"), weak]), "targetMap.get(pool)");
});
