/**
 * A value rebuilt on the previous one (`pending = pending.filter(…)`, a new list each time): what
 * it gathered is counted by the new items it holds directly, not by whatever group its region
 * happened to hold most of.
 */

import { rebuiltValue } from "../../heap/analysis/growth.ts";
import { type Accumulation, NEW } from "../../heap/analysis/accumulation.ts";
import { EntryWalker } from "../../heap/analysis/entries.ts";
import { nodeKinds } from "../../heap/analysis/node_kinds.ts";
import { typeCodes } from "../../heap/graph/model.ts";
import { StringTable } from "../../heap/graph/string_table.ts";
import { type GraphEdge, graphSnapshot, NODE_TYPES } from "./support/heap_graph.ts";
import { assertEquals } from "../support/assert.ts";

Deno.test("a rebuilt list counts the new items it holds, whatever else its region holds more of", () => {
  // 1 the list (new) → 2 an old item and 3, 4, 5 new ones (group 1); each new item → two new
  // arrays (group 2: 6…11), and one of them → 12, an old array (group 2).
  const edges: GraphEdge[] = [
    [0, 1, "element"],
    ...[2, 3, 4, 5].map((n): GraphEdge => [1, n, "element"]),
    [3, 6, "property"],
    [3, 7, "property"],
    [4, 8, "property"],
    [4, 9, "property"],
    [5, 10, "property"],
    [5, 11, "property"],
    [6, 12, "element"],
  ];
  const s = graphSnapshot(new Array(13).fill(16), edges);
  s.strings = StringTable.fromArray(["", "Array", "Object", "signers"]);
  s.nodeName.fill(2);
  s.nodeName[1] = 1;
  for (const n of [6, 7, 8, 9, 10, 11, 12]) s.nodeName[n] = 1;
  s.edgeNameOrIndex.set([0, 0, 1, 2, 3, 3, 3, 3, 3, 3, 3, 0]);
  for (const n of [1, 6, 7, 8, 9, 10, 11, 12]) s.nodeType[n] = NODE_TYPES.indexOf("object");
  const codes = typeCodes(s);
  const walker = new EntryWalker(s, codes, nodeKinds(s, codes), new Uint32Array(s.nodeCount));
  const isNew = new Uint8Array(s.nodeCount);
  for (const n of [1, 3, 4, 5, 6, 7, 8, 9, 10, 11]) isNew[n] = NEW;
  const ITEM = 1, ARRAY = 2;
  const groupOf = new Uint16Array(s.nodeCount);
  for (const n of [2, 3, 4, 5]) groupOf[n] = ITEM;
  for (const n of [1, 6, 7, 8, 9, 10, 11, 12]) groupOf[n] = ARRAY;
  // Two of the three new items fell in this holder's region (the third in another's); all
  // six new arrays did.
  const r = {
    chain: false,
    newEntries: 1,
    replacedEntries: 0,
    oldLinked: new Set([ITEM, ARRAY]),
    regionGroups: new Map([[ITEM, [2, 32]], [ARRAY, [6, 96]]]),
    sampleEntry: 1,
  } as unknown as Accumulation;
  const rebuilt = rebuiltValue(s, codes, walker, r, groupOf, isNew);
  assertEquals([rebuilt?.group, rebuilt?.count], [ITEM, 3]);
});
