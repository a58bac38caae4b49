/**
 * The slots of a JavaScript Map's hash table. V8 keeps a Map's entries in an OrderedHashMap,
 * which a snapshot shows as the Map's internal `table` array, its slots named by index:
 * three counts (elements, deleted, buckets), one slot per bucket, then per entry its key, its
 * value and a chain link; the capacity is twice the buckets. Small integers have no node, so
 * a value kept under a numeric key has no key edge beside it: the slot's position alone says
 * it is a value. A Set's table (no value slot) never has a Map table's length.
 *
 * @module
 */

import type { HeapSnapshot } from "./snapshot.ts";
import type { TypeCodes } from "./model.ts";

/** Slots before the buckets: the element, deleted-element and bucket counts. */
const HEADER_SLOTS = 3;
/** Key, value, chain. */
const ENTRY_SLOTS = 3;

/** What slot `index` of a Map's table holds, or undefined when it is a count or a bucket. */
export type MapSlot = "key" | "value" | "chain";

/**
 * The role of slot `index` in a table array of `bytes` self size, when that size is a Map
 * table's (header of two words, then 3 + buckets + 3 × 2 × buckets slots, a word each: 8
 * bytes, or 4 with pointer compression); undefined otherwise.
 */
export function mapTableSlot(bytes: number, index: number): MapSlot | undefined {
  const buckets = bucketsOf(bytes);
  if (buckets === undefined) return undefined;
  const at = index - HEADER_SLOTS - buckets;
  if (at < 0 || at >= 2 * buckets * ENTRY_SLOTS) return undefined;
  return (["key", "value", "chain"] as const)[at % ENTRY_SLOTS];
}

/** The bucket count a Map table of this self size has (a power of two), if it is one. */
function bucketsOf(bytes: number): number | undefined {
  for (const word of [8, 4]) {
    const slots = (bytes - 2 * word) / word - HEADER_SLOTS;
    const buckets = slots / (1 + 2 * ENTRY_SLOTS);
    if (Number.isInteger(buckets) && buckets > 0 && (buckets & (buckets - 1)) === 0) {
      return buckets;
    }
  }
  return undefined;
}

/**
 * The index of hash-table slot `edge` of `table`: V8 writes a table's slots as internal edges
 * named by their index. Undefined for any other edge (a named one, or not from an array).
 */
export function tableSlotIndex(
  s: HeapSnapshot,
  codes: TypeCodes,
  table: number,
  edge: number,
): number | undefined {
  if (s.edgeType[edge] !== codes.edgeInternal || s.nodeType[table] !== codes.array) return;
  const index = Number(s.strings.get(s.edgeNameOrIndex[edge]));
  return Number.isInteger(index) ? index : undefined;
}
