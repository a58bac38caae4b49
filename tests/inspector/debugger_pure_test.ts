/**
 * The debugger's pure parts in process: values as short text (any object, bounded), and
 * ScriptFinder — a file named as a person writes it found among the loaded scripts and its
 * original line mapped to the running code through an inline source map (made here, with the
 * gaps transpilers leave: blank lines, types).
 */

import { InspectorError } from "../../inspector/mod.ts";
import { describeValue, exceptionMessage } from "../../inspector/remote_values.ts";
import { ScriptFinder } from "../../inspector/source_maps.ts";
import type { SidecarScript } from "../../heap/mod.ts";
import { assert, assertEquals, assertMatch } from "../support/assert.ts";

Deno.test("values: primitives, quoted and clipped strings, null, functions, errors", () => {
  assertEquals(describeValue({ type: "number", value: 3, description: "3" }), "3");
  assertEquals(describeValue({ type: "number", unserializableValue: "NaN" }), "NaN");
  assertEquals(describeValue({ type: "bigint", unserializableValue: "12n" }), "12n");
  assertEquals(describeValue({ type: "undefined" }), "undefined");
  assertEquals(describeValue(undefined), "undefined");
  assertEquals(describeValue({ type: "string", value: 'a "b"' }), '"a \\"b\\""');
  const long = describeValue({ type: "string", value: "x".repeat(1000) }, 50);
  assert(long.length <= 50, `${long.length} characters`);
  assertEquals(describeValue({ type: "object", subtype: "null", value: null }), "null");
  assertEquals(
    describeValue({ type: "function", description: "function addItem(orderId) {\n  return 1;\n}" }),
    "ƒ function addItem(orderId)",
  );
  assertEquals(
    describeValue({
      type: "object",
      subtype: "error",
      description: "Error: boom\n    at x (a.ts:1:1)",
    }),
    "Error: boom",
  );
  assertEquals(exceptionMessage({ type: "string", value: "plain" }), 'throw "plain"');
  assertEquals(
    exceptionMessage({ type: "object", subtype: "error", description: "E: x\n at" }),
    "E: x",
  );
});

Deno.test("values: object, array and Map previews with their class, overflow and nesting", () => {
  const order = describeValue({
    type: "object",
    className: "Order",
    description: "Order",
    preview: {
      type: "object",
      description: "Order",
      overflow: true,
      properties: [
        { name: "id", type: "string", value: "1001" },
        { name: "version", type: "number", value: "3" },
        {
          name: "items",
          type: "object",
          subtype: "array",
          value: "Array(2)",
          valuePreview: {
            type: "object",
            subtype: "array",
            description: "Array(2)",
            overflow: false,
            properties: [{ name: "0", type: "number", value: "1" }, {
              name: "1",
              type: "number",
              value: "2",
            }],
          },
        },
        { name: "note", type: "object", subtype: "null", value: "null" },
      ],
    },
  });
  assertEquals(order, 'Order {id: "1001", version: 3, items: Array(2) [1, 2], note: null, …}');
  const plain = describeValue({
    type: "object",
    description: "Object",
    preview: { type: "object", description: "Object", overflow: false, properties: [] },
  });
  assertEquals(plain, "{}");
  const map = describeValue({
    type: "object",
    subtype: "map",
    description: "Map(1)",
    preview: {
      type: "object",
      subtype: "map",
      description: "Map(1)",
      overflow: false,
      properties: [],
      entries: [{
        key: { type: "string", description: "k", overflow: false, properties: [] },
        value: { type: "number", description: "5", overflow: false, properties: [] },
      }],
    },
  });
  assertEquals(map, "Map(1) {k => 5}");
  const wide = describeValue({
    type: "object",
    description: "Object",
    preview: {
      type: "object",
      overflow: false,
      properties: Array.from({ length: 50 }, (_, i) => ({
        name: `key${i}`,
        type: "string",
        value: "v".repeat(40),
      })),
    },
  }, 120);
  assert(wide.length <= 120 && wide.endsWith("…"), wide);
});

// A base64 VLQ encoder, enough to write source maps by hand.
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function vlq(n: number): string {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let out = "";
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    out += B64[digit];
  } while (v > 0);
  return out;
}

/**
 * An inline map: generated line i (0-based, from column 2) ← original `lines[i]` (1-based) at
 * `columns[i]`.
 */
function inlineMap(source: string, lines: number[], columns: number[]): string {
  let prevLine = 0;
  let prevCol = 0;
  const mappings = lines.map((orig, i) => {
    const seg = vlq(2) + vlq(0) + vlq(orig - 1 - prevLine) + vlq(columns[i] - prevCol);
    prevLine = orig - 1;
    prevCol = columns[i];
    return seg;
  }).join(";");
  const map = { version: 3, sources: [source], names: [], mappings };
  return `data:application/json;base64,${btoa(JSON.stringify(map))}`;
}

const CWD = "/work/proj";

function finder(scripts: SidecarScript[]) {
  return new ScriptFinder(() => scripts, CWD);
}

function refused(f: () => unknown, code: string, text: RegExp) {
  try {
    f();
  } catch (e) {
    assert(e instanceof InspectorError, String(e));
    assertEquals(e.code, code);
    assertMatch(`${e.message} ${e.hint}`, text);
    return;
  }
  throw new Error("expected a refusal");
}

Deno.test("ScriptFinder: original lines through an inline map; a line without code moves on", () => {
  // Original 2, 4, 5, 9 have code (3 is blank, 6–8 are types the transpiler dropped).
  const url = `file://${CWD}/src/orders.ts`;
  const f = finder([
    { scriptId: "1", url: "ext:core/01_core.js" },
    { scriptId: "7", url, sourceMapURL: inlineMap(url, [2, 4, 5, 9], [0, 2, 2, 4]) },
  ]);
  const at2 = f.locate("src/orders.ts", 2);
  assertEquals([at2.scriptId, at2.url, at2.lineNumber, at2.columnNumber, at2.line], [
    "7",
    url,
    0,
    2,
    2,
  ]);
  const at3 = f.locate("src/orders.ts", 3);
  assertEquals([at3.lineNumber, at3.columnNumber, at3.line], [1, 2, 4], "the next line with code");
  const at6 = f.locate(`${CWD}/src/orders.ts`, 6);
  assertEquals([at6.lineNumber, at6.line], [3, 9]);
  assertEquals(f.locate(url, 5).lineNumber, 2, "a file:// URL");
  assertEquals(f.locate("orders.ts", 5).lineNumber, 2, "the end of the path");
  assertEquals(f.locate("./src/orders.ts", 5).lineNumber, 2);
  refused(() => f.locate("src/orders.ts", 40), "no_code", /no code.*statement/);
  refused(
    () => f.locate("src/billing.ts", 1),
    "no_script",
    /no script from src\/billing\.ts.*src\/orders\.ts/,
  );
  refused(() => f.locate("01_core.js", 1), "no_script", /no script/);
});

Deno.test("ScriptFinder: with a column, the code at or after it on the line, not the first", () => {
  // Original line 5 holds two statements (`if (done) map.delete(key);`): at columns 3 and 21
  // (1-based), generated at columns 4 and 30 of line 0.
  const url = `file://${CWD}/src/sweep.ts`;
  const mappings = vlq(4) + vlq(0) + vlq(4) + vlq(2) + "," + vlq(26) + vlq(0) + vlq(0) + vlq(18);
  const map = { version: 3, sources: [url], names: [], mappings };
  const f = finder([{
    scriptId: "9",
    url,
    sourceMapURL: `data:application/json;base64,${btoa(JSON.stringify(map))}`,
  }]);
  const first = f.locate("src/sweep.ts", 5);
  assertEquals([first.lineNumber, first.columnNumber, first.line], [0, 4, 5]);
  const second = f.locate("src/sweep.ts", 5, 21);
  assertEquals([second.lineNumber, second.columnNumber, second.line], [0, 30, 5]);
  const between = f.locate("src/sweep.ts", 5, 10);
  assertEquals([between.lineNumber, between.columnNumber], [0, 30], "the next code after it");
  const plain = finder([{ scriptId: "3", url: `file://${CWD}/a/util.mjs` }]);
  assertEquals(plain.locate("a/util.mjs", 10, 7).columnNumber, 6, "as written: the column itself");
});

Deno.test("ScriptFinder: scripts without a map (Node) run as written; two matches are refused", () => {
  const f = finder([
    { scriptId: "3", url: `file://${CWD}/a/util.mjs` },
    { scriptId: "4", url: `file://${CWD}/b/util.mjs` },
    { scriptId: "5", url: "node:internal/timers" },
    { scriptId: "6", url: "/srv/app/server.cjs" },
  ]);
  const at = f.locate("a/util.mjs", 10);
  assertEquals([at.scriptId, at.lineNumber, at.columnNumber, at.line], ["3", 9, undefined, 10]);
  assertEquals(f.locate("/srv/app/server.cjs", 3).scriptId, "6", "an absolute path as URL");
  refused(
    () => f.locate("util.mjs", 1),
    "no_script",
    /matches 2 loaded files.*more of its folders/,
  );
  assert(!f.loadedSources().some((s) => s.startsWith("node:")), "no runtime script listed");
  assertEquals(f.loadedSources().slice(0, 2), ["a/util.mjs", "b/util.mjs"]);
});
