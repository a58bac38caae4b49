/**
 * A Map's hash table slots: which hold keys and which values, from the table's size alone
 * (small integers have no nodes, so a value's key may show no edge).
 */

import { mapTableSlot } from "../../heap/graph/map_tables.ts";
import { assertEquals } from "../support/assert.ts";

Deno.test("map table slots: keys, values and chains after the counts and buckets", () => {
  // Two buckets, 8-byte words: 2 header words + 3 counts + 2 buckets + 4 × 3 entry slots.
  assertEquals(
    [3, 4, 5, 6, 7, 8, 9, 16, 17].map((i) => mapTableSlot(152, i)),
    [undefined, undefined, "key", "value", "chain", "key", "value", "chain", undefined],
  );
  // Sixteen buckets (a Node or Deno Map of up to 32 entries): entries from slot 19.
  assertEquals([19, 20, 21].map((i) => mapTableSlot(936, i)), ["key", "value", "chain"]);
  // With pointer compression (Chrome): 4-byte words.
  assertEquals([5, 6].map((i) => mapTableSlot(76, i)), ["key", "value"]);
});

Deno.test("map table slots: a Set's table or any other array is not read as a Map's", () => {
  // A Set of two buckets: 3 counts + 2 buckets + 4 × 2 entry slots, 8 bytes each.
  assertEquals(mapTableSlot(16 + 8 * 13, 6), undefined);
  assertEquals(mapTableSlot(1216, 20), undefined);
});
