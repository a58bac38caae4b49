/**
 * The locations index answers what a node-long array filled in table order would: each
 * node's row (the last, for a node listed twice), -1 for a node without one.
 */

import { LocationRows } from "../../heap/graph/location_rows.ts";
import type { HeapSnapshot } from "../../heap/graph/snapshot.ts";
import { assertEquals } from "../support/assert.ts";

/** A snapshot with `nodeCount` nodes and these location rows (only what the index reads). */
function withRows(nodeCount: number, nodeIndex: number[]): HeapSnapshot {
  const n = nodeIndex.length;
  return {
    nodeCount,
    locations: {
      count: n,
      nodeIndex: Uint32Array.from(nodeIndex),
      scriptId: new Uint32Array(n),
      line: new Uint32Array(n),
      column: new Uint32Array(n),
    },
  } as unknown as HeapSnapshot;
}

/** The index's answers against a node-long array filled in table order. */
function check(nodeCount: number, nodeIndex: number[]) {
  const expected = new Int32Array(nodeCount).fill(-1);
  nodeIndex.forEach((node, r) => expected[node] = r);
  const rows = new LocationRows(withRows(nodeCount, nodeIndex));
  const got = Array.from({ length: nodeCount }, (_, node) => rows.of(node));
  assertEquals(got, Array.from(expected));
}

Deno.test("location rows: unordered rows, word edges, a node listed twice", () => {
  check(0, []);
  check(1, [0]);
  check(33, [32, 0, 31]);
  check(64, [63, 31, 32, 0, 1, 62]);
  check(100, [5, 70, 5, 99, 64]);
});

Deno.test("location rows: random tables against a node-long index", () => {
  let seed = 7;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let round = 0; round < 50; round++) {
    const nodeCount = 1 + Math.floor(random() * 300);
    const rows = Math.floor(random() * nodeCount * 1.2);
    check(nodeCount, Array.from({ length: rows }, () => Math.floor(random() * nodeCount)));
  }
});
