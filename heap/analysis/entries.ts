/**
 * A holder's entries: the data nodes an object, closure or scope holds, looking through the
 * stores it owns. An array's elements, a Map's or Set's hash table, a dictionary object's
 * property store, a promise's reaction records and a module cell are stores: what they point
 * at counts as the owner's entries. An object's hidden class and prototype never do.
 *
 * Two counts: {@link EntryWalker.countEntries}, cheap and the same in every snapshot of a
 * comparison, so "entries before" and "entries after" of a holder are counted alike whatever
 * V8 reallocated in between; and {@link EntryWalker.forEachEntry}, which visits each entry
 * once (stores at any depth) for the few holders that hold new objects.
 *
 * @module
 */

import type { HeapSnapshot } from "../graph/snapshot.ts";
import type { TypeCodes } from "../graph/model.ts";
import { holderTypes, isData, isEntry, KIND_DATA, KIND_SCOPE, KIND_STORE } from "./node_kinds.ts";
import { findName } from "./names.ts";
import { weakMapEdgeNames } from "../graph/weak_maps.ts";

/** Enumerates holders' entries over one snapshot; keeps one scratch array for de-duplication. */
export class EntryWalker {
  readonly s: HeapSnapshot;
  readonly codes: TypeCodes;
  readonly kinds: Uint8Array;
  /** Per node: the walk that last saw it (so a node reached twice counts once). */
  #seen: Uint32Array;
  #walk = 0;
  /** String indices of the edge names never followed: the hidden class and the prototype. */
  readonly #mapName: number;
  readonly #protoName: number;
  /**
   * V8's records that link the next one: a pending promise's reactions, a
   * FinalizationRegistry's cells, an async generator's queued requests. Counted to the chain's
   * end (-1: not in this snapshot).
   */
  readonly #reactionName: number;
  readonly #weakCellName: number;
  readonly #requestName: number;
  /** Per string index: the table a WeakMap pair edge of that name names (empty: none). */
  readonly #pairTable: Uint32Array;
  /** Bytes of the stores the last walk looked through. */
  storeBytes = 0;

  constructor(s: HeapSnapshot, codes: TypeCodes, kinds: Uint8Array, seen?: Uint32Array) {
    this.s = s;
    this.codes = codes;
    this.kinds = kinds;
    // Allocated when a walk first needs it: counting alone uses the smaller marks.
    this.#seen = seen?.fill(0) ?? new Uint32Array(0);
    this.#mapName = findName(s, "map");
    this.#protoName = findName(s, "__proto__");
    this.#reactionName = findName(s, "system / PromiseReaction");
    this.#weakCellName = findName(s, "system / WeakCell");
    this.#requestName = findName(s, "system / AsyncGeneratorRequest");
    this.#pairTable = weakMapEdgeNames(s).tableId;
  }

  /** Forgets what earlier walks saw (after the de-duplication array was lent out). */
  reset(): void {
    this.#seen.fill(0);
    this.#walk = 0;
  }

  /**
   * Whether edge `e` (of node `from`, when the caller knows it) can carry an entry: not weak,
   * not a shortcut, not a hidden class or prototype, and not a WeakMap key's edge to its value
   * (the WeakMap holds the entry; its key only keeps it alive while the WeakMap is).
   */
  isContentEdge(e: number, from?: number): boolean {
    const t = this.s.edgeType[e];
    const c = this.codes;
    if (t === c.edgeWeak || t === c.edgeShortcut) return false;
    if (t === c.edgeElement || t === c.edgeHidden) return true;
    const n = this.s.edgeNameOrIndex[e];
    if (t === c.edgeInternal && from !== undefined && this.#pairTable.length !== 0) {
      const table = this.#pairTable[n];
      if (table !== 0 && table !== this.s.nodeId[from]) return false;
    }
    // The hidden class is an internal edge named `map`; a property of that name (`this.map =
    // new Map()`) is the program's own.
    return n !== this.#protoName && !(n === this.#mapName && t === c.edgeInternal);
  }

  /**
   * The entries of `node` as the snapshots of a comparison count them: the distinct data
   * nodes it points at, and those its stores point at, two stores deep (an array's elements,
   * a Map's table, a dictionary's properties). Sets {@link storeBytes} to those stores' bytes.
   */
  countEntries(node: number): number {
    const s = this.s;
    const kinds = this.kinds;
    // Most objects point at no store that points anywhere (an empty store, or small integers):
    // count their data edges; only a store with edges needs the merging walk below.
    let direct = 0;
    let directBytes = 0;
    let stores = false;
    for (let e = s.firstEdge[node], end = s.firstEdge[node + 1]; e < end; e++) {
      const t = s.edgeTo[e];
      const k = kinds[t];
      if (k === KIND_STORE) {
        if (!this.isContentEdge(e, node)) continue;
        if (s.firstEdge[t + 1] - s.firstEdge[t] > 1) {
          stores = true;
          break;
        }
        directBytes += s.nodeSelfSize[t];
      } else if ((k === KIND_DATA || k === KIND_SCOPE) && this.isContentEdge(e, node)) direct++;
    }
    if (!stores) {
      this.storeBytes = directBytes;
      return direct;
    }
    // Marks are one byte per node, cleared after each holder through the list of those set.
    if (this.#marks.length === 0) this.#marks = new Uint8Array(s.nodeCount);
    const seen = this.#marks;
    const marked = this.#marked;
    const walk = 1;
    const { firstEdge, edgeTo } = s;
    let count = 0;
    let bytes = 0;
    seen[node] = walk;
    marked.push(node);
    for (let e = firstEdge[node], end = firstEdge[node + 1]; e < end; e++) {
      if (!this.isContentEdge(e, node)) continue;
      const t = edgeTo[e];
      if (seen[t] === walk) continue;
      seen[t] = walk;
      marked.push(t);
      const k = kinds[t];
      if (k === KIND_DATA || k === KIND_SCOPE) {
        count++;
        continue;
      }
      if (k !== KIND_STORE) continue;
      bytes += s.nodeSelfSize[t];
      for (let f = firstEdge[t], fend = firstEdge[t + 1]; f < fend; f++) {
        const u = edgeTo[f];
        if (seen[u] === walk || !this.isContentEdge(f, t)) continue;
        seen[u] = walk;
        marked.push(u);
        const ku = kinds[u];
        if (ku === KIND_DATA || ku === KIND_SCOPE) {
          count++;
          continue;
        }
        if (ku !== KIND_STORE) continue;
        bytes += s.nodeSelfSize[u];
        const record = s.nodeName[u];
        if (
          record === this.#reactionName || record === this.#weakCellName ||
          record === this.#requestName
        ) {
          // Each record links the next: as many entries as the chain is long.
          const chain = this.#countChain(u, seen, walk, marked);
          count += chain.count;
          bytes += chain.bytes;
          continue;
        }
        for (let g = firstEdge[u], gend = firstEdge[u + 1]; g < gend; g++) {
          const w = edgeTo[g];
          const kw = kinds[w];
          if (seen[w] === walk || !(kw === KIND_DATA || kw === KIND_SCOPE)) continue;
          if (!this.isContentEdge(g, u)) continue;
          seen[w] = walk;
          marked.push(w);
          count++;
        }
      }
    }
    for (const m of marked) seen[m] = 0;
    marked.length = 0;
    this.storeBytes = bytes;
    return count;
  }

  /**
   * The data nodes a chain of stores from `start` points at, to any depth (`start` itself is
   * marked already), marked as {@link countEntries} marks; and the chain's bytes.
   */
  #countChain(
    start: number,
    seen: Uint8Array,
    walk: number,
    marked: number[],
  ): { count: number; bytes: number } {
    const s = this.s;
    let count = 0;
    let bytes = 0;
    const stack = [start];
    while (stack.length) {
      const v = stack.pop()!;
      for (let e = s.firstEdge[v], end = s.firstEdge[v + 1]; e < end; e++) {
        const t = s.edgeTo[e];
        if (seen[t] === walk || !this.isContentEdge(e, v)) continue;
        const k = this.kinds[t];
        if (k === KIND_DATA || k === KIND_SCOPE) count++;
        else if (k === KIND_STORE) {
          bytes += s.nodeSelfSize[t];
          stack.push(t);
        } else continue;
        seen[t] = walk;
        marked.push(t);
      }
    }
    return { count, bytes };
  }

  /** Marks of {@link countEntries} and the nodes it marked. */
  #marks = new Uint8Array(0);
  readonly #marked: number[] = [];

  /** A fresh stamp for the de-duplication array. */
  #nextWalk(): number {
    if (this.#seen.length === 0) this.#seen = new Uint32Array(this.s.nodeCount);
    let walk = ++this.#walk;
    if (walk === 0xffffffff) {
      this.#seen.fill(0);
      walk = this.#walk = 1;
    }
    return walk;
  }

  /**
   * Calls `visit(child, edge, slot, from)` once per distinct data node `holder` holds, directly
   * or through its stores (`edge` is the holder's own edge the child was reached by, `slot`
   * the edge into the child itself, from node `from`: a store's slot). Returns the count.
   * Stores are followed to any depth (a promise's reaction records form a chain), each once,
   * and passed to `visitStore`. A `visit` that returns false ends the walk there.
   */
  forEachEntry(
    holder: number,
    visit?: (child: number, edge: number, slot: number, from: number) => void | boolean,
    visitStore?: (store: number) => void,
  ): number {
    const s = this.s;
    const seen = this.#seen;
    const walk = this.#nextWalk();
    seen[holder] = walk;
    let storeBytes = 0;
    let count = 0;
    const stack = this.#stack;
    stack.length = 0;
    let node = holder;
    let via = -1;
    for (;;) {
      for (let e = s.firstEdge[node], end = s.firstEdge[node + 1]; e < end; e++) {
        if (!this.isContentEdge(e, node)) continue;
        const t = s.edgeTo[e];
        if (seen[t] === walk) continue;
        const k = this.kinds[t];
        if (isEntry(k)) {
          seen[t] = walk;
          count++;
          if (visit?.(t, via < 0 ? e : via, e, node) === false) {
            stack.length = 0;
            break;
          }
        } else if (k === KIND_STORE) {
          seen[t] = walk;
          storeBytes += s.nodeSelfSize[t];
          visitStore?.(t);
          stack.push(t, via < 0 ? e : via);
        }
      }
      if (stack.length === 0) break;
      via = stack.pop()!;
      node = stack.pop()!;
    }
    this.storeBytes = storeBytes;
    return count;
  }

  /** Stores still to look through, with the holder's edge each was reached by. */
  readonly #stack: number[] = [];
}

/**
 * Collections whose growth can show only in their storage: small integers (and a Map's or
 * Set's keys and values that are numbers) have no nodes of their own to count.
 */
export const STORE_ONLY_HOLDERS = ["Array", "Map", "Set"];

/** What {@link entryCounts} returns: per node, and for arrays their storage. */
export interface EntryCounts {
  /** Per node (node order): its entries; 0 for stores and machinery. */
  entries: Uint32Array;
  /** Arrays, Maps and Sets ({@link STORE_ONLY_HOLDERS}) and their stores' bytes, in node order. */
  arrayNodes: number[];
  arrayStoreBytes: number[];
}

/**
 * Per node: how many entries it holds ({@link EntryWalker.countEntries}); and the storage of
 * every array, whose growth is the only trace of small integers pushed onto it.
 */
export function entryCounts(walker: EntryWalker): EntryCounts {
  const s = walker.s;
  const entries = new Uint32Array(s.nodeCount);
  const arrayNodes: number[] = [];
  const arrayStoreBytes: number[] = [];
  const names = new Set(STORE_ONLY_HOLDERS.map((n) => findName(s, n)));
  const holds = holderTypes(s, walker.codes);
  for (let node = 0; node < s.nodeCount; node++) {
    if (!isData(walker.kinds[node]) || holds[s.nodeType[node]] === 0) continue;
    entries[node] = walker.countEntries(node);
    if (names.has(s.nodeName[node]) && s.nodeType[node] === walker.codes.object) {
      arrayNodes.push(node);
      arrayStoreBytes.push(walker.storeBytes);
    }
  }
  return { entries, arrayNodes, arrayStoreBytes };
}
