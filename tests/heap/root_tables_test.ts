/**
 * What the runtime keeps for the program from its own roots, pooled so that each snapshot
 * counts it alike: objects of a named class held by `(Global handles)` or wrapped by an
 * embedder node directly under the root, one table per class.
 */

import { rootTableCounts, rootTableInfo, rootTables } from "../../heap/analysis/root_tables.ts";
import { typeCodes } from "../../heap/graph/model.ts";
import { StringTable } from "../../heap/graph/string_table.ts";
import { type GraphEdge, graphSnapshot, NODE_TYPES } from "./support/heap_graph.ts";
import { assertEquals } from "../support/assert.ts";

Deno.test("root tables: the runtime's handles pooled by class", () => {
  const names = [
    "",
    "(GC roots)",
    "(Global handles)",
    "Node / Port",
    "Port",
    "Watcher",
    "system / Foreign",
    "Object",
    "(Strong roots)",
    "Array",
  ];
  // 0 root → 1 (GC roots) → 2 (Global handles) → 4, 5 ports, 6 watcher, 7 foreign, 8 object;
  // 0 → 3 wrapper → 9 port (and 4 again: one entry each); 0 → 10 (Strong roots).
  const edges: GraphEdge[] = [
    [0, 1, "element"],
    [0, 3, "element"],
    [0, 10, "element"],
    [1, 2, "element"],
    ...[4, 5, 6, 7, 8].map((n): GraphEdge => [2, n, "internal"]),
    [3, 9, "internal"],
    [3, 4, "internal"],
    [3, 11, "weak"],
  ];
  const s = graphSnapshot(new Array(12).fill(16), edges);
  s.strings = StringTable.fromArray(names);
  const name = (i: number, n: string) => s.nodeName[i] = names.indexOf(n);
  const synthetic = NODE_TYPES.indexOf("synthetic");
  [[1, "(GC roots)"], [2, "(Global handles)"], [3, "Node / Port"], [10, "(Strong roots)"]]
    .forEach(([i, n]) => {
      name(i as number, n as string);
      s.nodeType[i as number] = synthetic;
    });
  for (const port of [4, 5, 9, 11]) name(port, "Port");
  name(6, "Watcher");
  name(7, "system / Foreign");
  name(8, "Object");
  const codes = typeCodes(s);
  const tables = rootTables(s, codes);
  const byKey = Object.fromEntries(tables.map((t) => [t.key, t.entries.sort((a, b) => a - b)]));
  assertEquals(byKey, { "handles Port": [4, 5, 9], "handles Watcher": [6] });
  assertEquals(rootTableCounts(s, codes), { "handles Port": 3, "handles Watcher": 1 });
  assertEquals(rootTableInfo("handles Port"), { name: "Port handles", cls: "Port" });
  // A plain array held by a handle (a CryptoKey's usages the runtime keeps) is no resource.
  name(8, "Array");
  assertEquals(Object.keys(rootTableCounts(s, codes)), ["handles Port", "handles Watcher"]);
  assertEquals(rootTableInfo("public_symbol_table").call, "Symbol.for");
});
