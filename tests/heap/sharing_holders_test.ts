/**
 * A chain of new objects kept both by the value at its head and by a window of its newest links:
 * whichever holder the search meets first takes the shared entries, so the head's holder is
 * kept for `chainsToHeads` whichever comes first in the heap.
 */

import { type Accumulation, findAccumulations, NEW } from "../../heap/analysis/accumulation.ts";
import { EntryWalker } from "../../heap/analysis/entries.ts";
import { sharingHolders } from "../../heap/analysis/growth.ts";
import { nodeKinds } from "../../heap/analysis/node_kinds.ts";
import { typeCodes } from "../../heap/graph/model.ts";
import { StringTable } from "../../heap/graph/string_table.ts";
import { type GraphEdge, graphSnapshot } from "./support/heap_graph.ts";
import { assertEquals } from "../support/assert.ts";

/**
 * 0 root → `window` {0: newest, 1: next} and → `head` {leading: newest}; the new links 3, 4, 5
 * each point at the one before by `previous`, down to 6, there at the baseline. The holders'
 * node indices are given, so either can come first in the heap's order.
 */
function chain(window: number, head: number) {
  const names = ["", "Object", "leading", "previous"];
  const edges: GraphEdge[] = [
    [0, window, "element"],
    [0, head, "element"],
    [window, 3, "element"],
    [window, 4, "element"],
    [head, 3, "property"],
    [3, 4, "property"],
    [4, 5, "property"],
    [5, 6, "property"],
  ];
  const s = graphSnapshot(new Array(7).fill(40), edges);
  s.strings = StringTable.fromArray(names);
  s.nodeName.fill(1);
  // Edge names in the graph's edge order (by source node, then as listed): elements by index.
  const nameOf = ([from, to]: GraphEdge) =>
    from === head ? 2 : from >= 3 ? 3 : from === window && to === 4 ? 1 : 0;
  s.edgeNameOrIndex.set([...edges].sort((a, b) => a[0] - b[0]).map(nameOf));
  const codes = typeCodes(s);
  const walker = new EntryWalker(s, codes, nodeKinds(s, codes), new Uint32Array(s.nodeCount));
  const isNew = Uint8Array.from([0, 0, 0, NEW, NEW, NEW, 0]);
  // The links are of one class (group 7), the holders of their own.
  const groupOf = Uint16Array.from([0, 1, 2, 7, 7, 7, 7]);
  return findAccumulations(walker, isNew, groupOf);
}

/** The indices {@link sharingHolders} picks of `records`, those of `skip` left out. */
function picked(
  records: Accumulation[],
  chosenBytes: Map<number, number>,
  skip: number[],
): number[] {
  const candidates = records.map((r, index) => ({ r, index }))
    .filter(({ index }) => !skip.includes(index));
  return sharingHolders(candidates, chosenBytes).map((c) => c.index);
}

Deno.test("sharing holders: the head's holder is kept when the window is met first", () => {
  const records = chain(1, 2);
  // The window took every link; the head's holder kept its one entry, shared, and no objects.
  assertEquals(
    records.map((r) => [r.holder, r.newEntries, r.newCount, [...r.sharedWith]]),
    [[1, 2, 3, []], [2, 1, 0, [[0, 1]]]],
  );
  assertEquals(picked(records, new Map([[0, 120]]), [0]), [1]);
  // Not when the window was not chosen, nor again when the head's holder already was.
  assertEquals(picked(records, new Map(), []), []);
  assertEquals(picked(records, new Map([[0, 120]]), [0, 1]), []);
});

Deno.test("sharing holders: the head met first holds objects of its own and needs no keeping", () => {
  const records = chain(2, 1);
  assertEquals(
    records.map((r) => [r.holder, r.newEntries, r.newCount, [...r.sharedWith]]),
    [[1, 1, 1, []], [2, 2, 2, [[0, 1]]]],
  );
  // The window shares with the head, not the other way: the head is no sharing holder.
  assertEquals(picked(records, new Map([[1, 80]]), [1]), []);
});
