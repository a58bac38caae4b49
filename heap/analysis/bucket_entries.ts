/**
 * A collection of buckets: an array whose entries are arrays grown by `push` (a hash table's
 * chains, a list of lists). What the program adds are the buckets' entries, not the buckets: a
 * rehash makes new buckets for old entries, and a bucket holds one entry or several. Buckets
 * are told from tuples (`[key, value]`) by their spare capacity: an array grown by `push`
 * has room for more, a literal has none.
 *
 * @module
 */

import type { HeapSnapshot } from "../graph/snapshot.ts";
import type { TypeCodes } from "../graph/model.ts";
import type { EntryWalker } from "./entries.ts";
import { findName } from "./names.ts";
import { NEW } from "./accumulation.ts";
import type { PerNodeIndex } from "./classes.ts";

/** The entries inside a holder's buckets: all of them, and the new ones. */
export interface BucketEntries {
  buckets: number;
  entries: number;
  newEntries: number;
  /** Group index → count, of the new ones, largest first. */
  entryGroups: [number, number][];
}

/** Share of a holder's entries that must be buckets. */
const BUCKET_SHARE = 0.8;
/** An array's elements store: a header, then one word per slot. */
const STORE_HEADER = 16;
const SLOT = 8;

/**
 * The entries of `holder`'s buckets, when `holder` is an Array most of whose entries (and at
 * least two) are Arrays with spare capacity; otherwise undefined.
 */
export function bucketEntries(
  walker: EntryWalker,
  holder: number,
  isNew: Uint8Array,
  groupOf: PerNodeIndex,
): BucketEntries | undefined {
  const s = walker.s;
  const codes = walker.codes;
  const arrayName = findName(s, "Array");
  if (arrayName < 0 || s.nodeName[holder] !== arrayName) return undefined;
  const buckets: number[] = [];
  const total = walker.forEachEntry(holder, (child) => {
    if (s.nodeType[child] === codes.object && s.nodeName[child] === arrayName) buckets.push(child);
  });
  if (buckets.length < 2 || buckets.length < total * BUCKET_SHARE) return undefined;
  let grown = 0;
  for (const b of buckets) if (hasSpareSlots(s, codes, b)) grown++;
  if (grown < buckets.length * BUCKET_SHARE) return undefined;
  let entries = 0;
  let newEntries = 0;
  const groups = new Map<number, number>();
  for (const b of buckets) {
    walker.forEachEntry(b, (child) => {
      entries++;
      if (isNew[child] !== NEW) return;
      newEntries++;
      groups.set(groupOf[child], (groups.get(groupOf[child]) ?? 0) + 1);
    });
  }
  const entryGroups = [...groups].sort((a, b) => b[1] - a[1]);
  return { buckets: buckets.length, entries, newEntries, entryGroups };
}

/** Whether an array's elements store has more slots than it has elements. */
function hasSpareSlots(s: HeapSnapshot, codes: TypeCodes, array: number): boolean {
  const store = findName(s, "elements");
  let elements = 0;
  let slots = 0;
  for (let e = s.firstEdge[array], end = s.firstEdge[array + 1]; e < end; e++) {
    const type = s.edgeType[e];
    if (type === codes.edgeElement) elements++;
    else if (type === codes.edgeInternal && s.edgeNameOrIndex[e] === store) {
      slots = (s.nodeSelfSize[s.edgeTo[e]] - STORE_HEADER) / SLOT;
    }
  }
  return slots > elements;
}
