/**
 * A holder's entries counted the same in every snapshot: a FinalizationRegistry's cells are a
 * chain, counted to its end, and the native context it keeps is the realm's, not its entries.
 */

import { EntryWalker } from "../../heap/analysis/entries.ts";
import { nodeKinds } from "../../heap/analysis/node_kinds.ts";
import { typeCodes } from "../../heap/graph/model.ts";
import { StringTable } from "../../heap/graph/string_table.ts";
import { type GraphEdge, graphSnapshot, NODE_TYPES } from "./support/heap_graph.ts";
import { assertEquals } from "../support/assert.ts";

Deno.test("entries: a FinalizationRegistry holds what its chain of cells holds", () => {
  const names = [
    "x",
    "FinalizationRegistry",
    "system / NativeContext",
    "system / WeakCell",
    "Builtin",
    "Held",
  ];
  // 1 registry → 2 native context (→ 9..12 builtins) and → 3 → 4 → 5 cells (→ 6, 7, 8 held).
  const edges: GraphEdge[] = [
    [0, 1, "element"],
    [1, 2, "hidden"],
    [1, 3, "hidden"],
    [3, 6, "internal"],
    [3, 4, "internal"],
    [4, 7, "internal"],
    [4, 5, "internal"],
    [5, 8, "internal"],
    ...[9, 10, 11, 12].map((b): GraphEdge => [2, b, "internal"]),
  ];
  const s = graphSnapshot(new Array(13).fill(16), edges);
  s.strings = StringTable.fromArray(names);
  const name = (i: number, n: string) => s.nodeName[i] = names.indexOf(n);
  name(1, "FinalizationRegistry");
  name(2, "system / NativeContext");
  for (const cell of [3, 4, 5]) name(cell, "system / WeakCell");
  for (const held of [6, 7, 8]) name(held, "Held");
  for (const builtin of [9, 10, 11, 12]) name(builtin, "Builtin");
  const hidden = NODE_TYPES.indexOf("hidden");
  for (const i of [2, 3, 4, 5]) s.nodeType[i] = hidden;
  const codes = typeCodes(s);
  const walker = new EntryWalker(s, codes, nodeKinds(s, codes));
  assertEquals(walker.countEntries(1), 3, "the three held values, not the realm's builtins");
  assertEquals(walker.forEachEntry(1), 3);
});

Deno.test("a property named map is the program's; the internal map edge is the hidden class", () => {
  // 0 root → 1 {map: 2}; 1 ─internal "map"→ 3 (its hidden class).
  const edges: GraphEdge[] = [[0, 1, "element"], [1, 2, "property"], [1, 3, "internal"]];
  const s = graphSnapshot([16, 16, 16, 16], edges);
  s.strings = StringTable.fromArray(["", "Object", "map"]);
  s.nodeName.fill(1);
  s.edgeNameOrIndex.set([0, 2, 2]);
  const codes = typeCodes(s);
  const walker = new EntryWalker(s, codes, nodeKinds(s, codes), new Uint32Array(s.nodeCount));
  assertEquals([walker.isContentEdge(1), walker.isContentEdge(2)], [true, false]);
});
