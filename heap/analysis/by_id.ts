/**
 * A snapshot's per-node figures in id order — the form a comparison matches snapshots in
 * (ids are stable within one process): each id with its DevTools shape, and, when asked
 * for, its DevTools self size and its entry count.
 *
 * @module
 */

import { freeNow } from "../graph/free_now.ts";
import { type CompactSizes, LARGE } from "./compact_sizes.ts";

/** Per-node figures in ascending id order (parallel arrays). */
export interface FiguresById {
  ids: Uint32Array;
  /** Shape index of `ids[k]` (16 bits when there are few enough shapes: half the memory). */
  idShape: Uint16Array | Uint32Array;
  /** DevTools self size of `ids[k]`, when sizes were given. */
  idSize?: CompactSizes;
  /** The ids of the nodes with entries, and their counts, when entries were given. */
  holderEntries?: { ids: Uint32Array; counts: Uint32Array };
}

/** Arrays the figures may be written into instead of fresh ones (node-count long). */
export interface FiguresInto {
  ids?: Uint32Array;
}

/** Whether shape indices fit the ids' 16-bit shape index. */
export function idShapeFits(shapeCount: number): boolean {
  return shapeCount <= 0x10000;
}

/**
 * The figures of every node in id order, in one pass (each node's figures read together,
 * not one array at a time). `sizes` (DevTools self sizes) and `entries` (entries per node)
 * are optional; only nodes with entries are listed in `holderEntries`.
 */
export function figuresById(
  nodeId: Uint32Array,
  shapeOf: Uint16Array | Uint32Array,
  shapeCount: number,
  opts: { sizes?: CompactSizes; entries?: Uint32Array; into?: FiguresInto } = {},
): FiguresById {
  const n = nodeId.length;
  const { sizes, entries, into = {} } = opts;
  const order = sortByIds(nodeId);
  const ids = into.ids ?? new Uint32Array(n);
  // These outlive the worker (the caller holds them while it analyses the next file).
  const idShape = idShapeFits(shapeCount) ? new Uint16Array(n) : new Uint32Array(n);
  const idSize: CompactSizes | undefined = sizes
    ? { small: new Uint16Array(n), large: new Map() }
    : undefined;
  const holderEntries = entries ? holdersOnly(entries) : undefined;
  let held = 0;
  for (let k = 0; k < n; k++) {
    const node = order[k];
    const id = nodeId[node];
    ids[k] = id;
    idShape[k] = shapeOf[node];
    if (idSize) {
      const size = sizes!.small[node];
      idSize.small[k] = size;
      if (size === LARGE) idSize.large.set(k, sizes!.large.get(node)!);
    }
    if (holderEntries && entries![node] !== 0) {
      holderEntries.ids[held] = id;
      holderEntries.counts[held++] = entries![node];
    }
  }
  freeNow(order);
  return {
    ids,
    idShape,
    ...(idSize ? { idSize } : {}),
    ...(holderEntries ? { holderEntries } : {}),
  };
}

/** Arrays for the ids and entry counts of the nodes that hold entries (filled in id order). */
function holdersOnly(entries: Uint32Array) {
  let n = 0;
  for (let i = 0; i < entries.length; i++) if (entries[i] !== 0) n++;
  return { ids: new Uint32Array(n), counts: new Uint32Array(n) };
}

/**
 * Node indices ordered by id (ties by node index). V8 hands out ids as it first sees objects,
 * so a snapshot's nodes are mostly in id order already: when one ascending run covers at
 * least half the nodes, only the others are radix-sorted and then merged into that run
 * (two linear passes instead of three radix passes with random writes).
 */
export function sortByIds(ids: Uint32Array): Uint32Array {
  const n = ids.length;
  let bestStart = 0;
  let bestLength = 0;
  let runStart = 0;
  for (let i = 1; i <= n; i++) {
    if (i === n || ids[i] < ids[i - 1]) {
      if (i - runStart > bestLength) {
        bestLength = i - runStart;
        bestStart = runStart;
      }
      runStart = i;
    }
  }
  if (bestLength * 2 < n) return radixSortByIds(ids);
  const bestEnd = bestStart + bestLength;
  const rest = n - bestLength;
  const restNodes = new Uint32Array(rest);
  const restIds = new Uint32Array(rest);
  for (let i = 0, k = 0; i < n; i++) {
    if (i === bestStart) i = bestEnd;
    if (i >= n) break;
    restNodes[k] = i;
    restIds[k++] = ids[i];
  }
  const restOrder = radixSortByIds(restIds);
  const out = new Uint32Array(n);
  let a = bestStart;
  let j = 0;
  let k = 0;
  while (a < bestEnd && j < rest) {
    const b = restNodes[restOrder[j]];
    const idA = ids[a];
    const idB = ids[b];
    if (idA < idB || (idA === idB && a < b)) out[k++] = a++;
    else {
      out[k++] = b;
      j++;
    }
  }
  while (a < bestEnd) out[k++] = a++;
  while (j < rest) out[k++] = restNodes[restOrder[j++]];
  return out;
}

/**
 * Node indices ordered by id (stable): LSD radix sort with 12-bit-ish digits (4096 buckets
 * keep the scatter cache-friendly), as many passes as the largest id needs. No comparisons.
 */
function radixSortByIds(ids: Uint32Array): Uint32Array {
  const n = ids.length;
  let maxId = 0;
  for (let i = 0; i < n; i++) if (ids[i] > maxId) maxId = ids[i];
  const bits = Math.max(1, 32 - Math.clz32(maxId));
  const passes = Math.ceil(bits / 12);
  const width = Math.ceil(bits / passes);
  const buckets = 1 << width;
  const mask = buckets - 1;
  let src = new Uint32Array(n);
  for (let i = 0; i < n; i++) src[i] = i;
  let dst = new Uint32Array(n);
  const counts = new Uint32Array(buckets + 1);
  for (let pass = 0; pass < passes; pass++) {
    const shift = pass * width;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[((ids[i] >>> shift) & mask) + 1]++;
    for (let b = 0; b < buckets; b++) counts[b + 1] += counts[b];
    for (let k = 0; k < n; k++) {
      const node = src[k];
      dst[counts[(ids[node] >>> shift) & mask]++] = node;
    }
    [src, dst] = [dst, src];
  }
  return src;
}
