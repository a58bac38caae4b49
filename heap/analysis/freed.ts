/**
 * "Freed if cleared": the bytes that become unreachable from the GC roots when a set of
 * nodes (a holder and its siblings in a pool, or timers and their callbacks) is removed
 * from the graph. For one node this is its dominator-retained size; for a pool it is the
 * real combined cost, which per-instance retained sizes miss whenever the pool's objects
 * keep one another's data alive (a connection's Timeout, its callback and the runtime's
 * contexts all reach the same socket, so none of them dominates it alone).
 *
 * A reachability search from the root over the same essential edges the dominator
 * computation uses (see `isEssentialEdge` in `model.ts`) that does not enter the blocked
 * nodes; freed = self size reachable before minus reachable after. Up to 28 sets share one
 * bit-parallel pass (a bit per set in a node's mark), so measuring every pool of a snapshot
 * costs about one pass over the graph. Memory: one scratch buffer of two 32-bit words per
 * node (queue and marks), which the caller may lend (a dead array of the analysis) so the
 * peak does not grow.
 *
 * @module
 */

import type { HeapSnapshot } from "../graph/snapshot.ts";
import type { HolderRecord } from "./holders.ts";
import { isRuntimeUrl } from "./script_urls.ts";
import { ROOT_NODE, type TypeCodes } from "../graph/model.ts";
import { type EssentialEdgeRules, essentialEdgeRules } from "../graph/essential_edges.ts";

/**
 * Bytes freed if each set of node indices were removed, in the order given:
 * `reachable self size − reachable self size with the set blocked`. A set's nodes that are
 * not reachable through essential edges in the first place add nothing.
 *
 * `scratch`, when at least 8 bytes per node, is used (and overwritten) instead of a fresh
 * buffer: pass one the caller no longer needs.
 */
export function freedSizes(
  s: HeapSnapshot,
  codes: TypeCodes,
  blockedSets: ArrayLike<number>[],
  scratch?: ArrayBuffer,
  selfSizes: Uint32Array = s.nodeSelfSize,
): number[] {
  if (blockedSets.length === 0) return [];
  const n = s.nodeCount;
  const buffer = scratch && scratch.byteLength >= n * 8 ? scratch : new ArrayBuffer(n * 8);
  const queue = new Uint32Array(buffer, 0, n);
  const marks = new Uint32Array(buffer, n * 4, n);
  const rules = essentialEdgeRules(s, codes);
  const out: number[] = [];
  for (let first = 0; first < blockedSets.length; first += SETS_PER_PASS) {
    const sets = blockedSets.slice(first, first + SETS_PER_PASS);
    const sizes = reachableSizes(s, rules, selfSizes, sets, queue, marks);
    // Bit 0 searched with nothing blocked: the whole reachable heap.
    for (let k = 0; k < sets.length; k++) out.push(sizes[0] - sizes[k + 1]);
  }
  return out;
}

/** Searches per pass: bit 0 blocks nothing, then one bit per set (bits 29, 30 are flags). */
const SETS_PER_PASS = 28;
const ALL_SEARCHES = (1 << (SETS_PER_PASS + 1)) - 1;
/** The node is blocked in some search: its mask of blocking searches is in a map. */
const BLOCKED = 1 << 29;
/** The node is in the queue (so it is queued at most once at a time: `n` slots suffice). */
const QUEUED = 1 << 30;

/**
 * Several reachability searches in one pass, bit-parallel: a node's mark holds one bit per
 * search that reached it. The root starts with every bit; an essential edge passes on its
 * source's bits minus those of the searches that block the target; a node whose bits grow
 * is queued again (at most once per new bit, in practice rarely: most nodes get all their
 * bits on the first visit). Returns the self size reached per search, bit order.
 */
function reachableSizes(
  s: HeapSnapshot,
  rules: EssentialEdgeRules,
  nodeSelfSize: Uint32Array,
  sets: ArrayLike<number>[],
  queue: Uint32Array,
  marks: Uint32Array,
): number[] {
  const n = s.nodeCount;
  const { firstEdge, edgeTo, edgeType, edgeNameOrIndex, nodeId } = s;
  const { weak, shortcut, weakMapInternal, tableId } = rules;
  // No page-owned nodes: a zero array makes the page test never match.
  const page = rules.page ?? new Uint8Array(0);
  const pageRule = rules.page !== undefined;
  marks.fill(0);
  const blockedIn = new Map<number, number>();
  sets.forEach((set, k) => {
    for (let j = 0; j < set.length; j++) {
      const v = set[j];
      blockedIn.set(v, (blockedIn.get(v) ?? 0) | (1 << (k + 1)));
      marks[v] = BLOCKED;
    }
  });
  const searches = (1 << (sets.length + 1)) - 1;
  const bitsFor = (w: number, bits: number) =>
    (marks[w] & BLOCKED) === 0 ? bits : bits & ~blockedIn.get(w)!;
  let head = 0;
  let length = 1;
  queue[0] = ROOT_NODE;
  marks[ROOT_NODE] |= bitsFor(ROOT_NODE, searches) | QUEUED;
  while (length > 0) {
    const v = queue[head];
    head = head + 1 === n ? 0 : head + 1;
    length--;
    const mv = marks[v] & ~QUEUED;
    marks[v] = mv;
    const bits = mv & ALL_SEARCHES;
    for (let e = firstEdge[v], end = firstEdge[v + 1]; e < end; e++) {
      // The rules of isEssentialEdge (essential_edges.ts), inlined for speed.
      const t = edgeType[e];
      const w = edgeTo[e];
      if (t === weak || w === v) continue;
      if (v !== ROOT_NODE) {
        if (t === shortcut) continue;
        if (pageRule && page[w] === 1 && page[v] === 0) continue;
      }
      if (t === weakMapInternal && tableId[edgeNameOrIndex[e]] === nodeId[v]) continue;
      const mw = marks[w];
      if ((bits & ~mw & ALL_SEARCHES) === 0) continue; // nothing new for w
      const grown = mw | bitsFor(w, bits);
      if (grown === mw) continue;
      if ((mw & QUEUED) !== 0) {
        marks[w] = grown;
        continue;
      }
      marks[w] = grown | QUEUED;
      let slot = head + length;
      if (slot >= n) slot -= n;
      queue[slot] = w;
      length++;
    }
  }
  // Nodes reached by every search (most of them) are summed once, the rest bit by bit.
  const sizes = new Array<number>(sets.length + 1).fill(0);
  let everywhere = 0;
  for (let v = 0; v < n; v++) {
    const m = marks[v] & searches;
    if (m === 0) continue;
    if (m === searches) {
      everywhere += nodeSelfSize[v];
      continue;
    }
    for (let k = 0, rest = m; rest !== 0; k++, rest >>>= 1) {
      if (rest & 1) sizes[k] += nodeSelfSize[v];
    }
  }
  return sizes.map((size) => size + everywhere);
}

/** At most this many pools are measured per snapshot: one pass over the graph. */
export const MAX_FREED_SETS = SETS_PER_PASS;

/**
 * A pass is run only when the program has a timer or a pool of at least this many instances
 * (a leaking pool has one instance per leaked scope, so many); then smaller pools share it.
 * Without one, pools keep their summed retained size: a whole-graph pass is not spent on a
 * few runtime records (Node modules' `binding` objects when no sidecar names the scripts).
 */
export const MIN_POOL_INSTANCES = 8;

/**
 * Sets `freed` on holder records and drops their worker-internal `members`. A record with
 * one instance that is not a timer frees exactly its retained size (the nodes it dominates
 * are the ones unreachable without it), so no search is run for it. The program's timers
 * and pools are measured in one pass, the most instances first, up to `maxSets`, when there
 * is a timer or a pool of at least {@link MIN_POOL_INSTANCES}; holders in the runtime's own
 * code (hidden from reports by default) are not. `scriptUrls` (script id → URL) tells the
 * runtime's code apart, as the report does.
 */
export function measureFreed(
  s: HeapSnapshot,
  codes: TypeCodes,
  holders: HolderRecord[],
  scriptUrls: Record<number, string>,
  scratch?: ArrayBuffer,
  maxSets = MAX_FREED_SETS,
  selfSizes: Uint32Array = s.nodeSelfSize,
): void {
  const pools: HolderRecord[] = [];
  for (const h of holders) {
    if (h.holder !== "Timeout" && h.instances === 1) h.freed = h.retained;
    else if (h.members?.length && !inRuntimeCode(h, scriptUrls)) pools.push(h);
  }
  const worthAPass = pools.some((h) => h.holder === "Timeout" || h.instances >= MIN_POOL_INSTANCES);
  if (worthAPass) {
    pools.sort((a, b) => b.members!.length - a.members!.length || b.retained - a.retained);
    const measured = pools.slice(0, maxSets);
    const sizes = freedSizes(
      s,
      codes,
      measured.map((h) => h.members!),
      scratch,
      selfSizes,
    );
    measured.forEach((h, k) => h.freed = sizes[k]);
  }
  for (const h of holders) delete h.members;
}

/**
 * The report's rule (`SourceResolver.isRuntime`): a holder found from a scope or a timer is
 * the runtime's when its closure is in a runtime script or has no location; a script nobody
 * named (Node without a sidecar) counts as the program's. Global properties are the program's.
 */
function inRuntimeCode(h: HolderRecord, scriptUrls: Record<number, string>): boolean {
  if (h.scope === "global") return false;
  if (h.location === undefined) return true;
  const url = scriptUrls[h.location.scriptId];
  return url !== undefined && isRuntimeUrl(url);
}
