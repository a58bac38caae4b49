/**
 * A holder's entries: the data nodes an object, closure or scope holds, looking through the
 * stores it owns. An array's elements, a Map's or Set's hash table, a dictionary object's
 * property store, a promise's reaction records and a module cell are stores: what they point
 * at counts as the owner's entries. An object's hidden class and prototype never do.
 *
 * One definition serves every snapshot of a comparison, so "entries before" and "entries
 * after" of a holder are counted the same way whatever V8 reallocated in between.
 *
 * @module
 */

import type { HeapSnapshot } from "../graph/snapshot.ts";
import type { TypeCodes } from "../graph/model.ts";
import { isData, KIND_STORE } from "./node_kinds.ts";

/** Enumerates holders' entries over one snapshot; keeps one scratch array for de-duplication. */
export class EntryWalker {
  readonly s: HeapSnapshot;
  readonly codes: TypeCodes;
  readonly kinds: Uint8Array;
  /** Per node: the walk that last saw it (so a node reached twice counts once). */
  readonly #seen: Uint32Array;
  #walk = 0;
  /** String indices of the edge names never followed (hidden class, prototype). */
  readonly #skipNames: Set<number>;
  /** Bytes of the stores the last walk looked through. */
  storeBytes = 0;

  constructor(s: HeapSnapshot, codes: TypeCodes, kinds: Uint8Array, seen?: Uint32Array) {
    this.s = s;
    this.codes = codes;
    this.kinds = kinds;
    this.#seen = seen ?? new Uint32Array(s.nodeCount);
    this.#seen.fill(0);
    this.#skipNames = new Set();
    for (let k = 0; k < s.strings.length; k++) {
      if (s.strings.equals(k, "map") || s.strings.equals(k, "__proto__")) this.#skipNames.add(k);
    }
  }

  /** Whether edge `e` can carry an entry (not weak, not a shortcut, not a hidden class or prototype). */
  isContentEdge(e: number): boolean {
    const t = this.s.edgeType[e];
    const c = this.codes;
    if (t === c.edgeWeak || t === c.edgeShortcut) return false;
    if (t === c.edgeElement || t === c.edgeHidden) return true;
    return !this.#skipNames.has(this.s.edgeNameOrIndex[e]);
  }

  /**
   * Calls `visit(child, edge)` once per distinct data node `holder` holds, directly or through
   * its stores (`edge` is the holder's own edge the child was reached by). Returns the count.
   * Stores are followed to any depth (a promise's reaction records form a chain), each once,
   * and passed to `visitStore`.
   */
  forEachEntry(
    holder: number,
    visit?: (child: number, edge: number) => void,
    visitStore?: (store: number) => void,
  ): number {
    const s = this.s;
    const seen = this.#seen;
    let walk = ++this.#walk;
    if (walk === 0xffffffff) {
      seen.fill(0);
      walk = this.#walk = 1;
    }
    seen[holder] = walk;
    let storeBytes = 0;
    let count = 0;
    const stack = this.#stack;
    stack.length = 0;
    let node = holder;
    let via = -1;
    for (;;) {
      for (let e = s.firstEdge[node], end = s.firstEdge[node + 1]; e < end; e++) {
        if (!this.isContentEdge(e)) continue;
        const t = s.edgeTo[e];
        if (seen[t] === walk) continue;
        const k = this.kinds[t];
        if (isData(k)) {
          seen[t] = walk;
          count++;
          visit?.(t, via < 0 ? e : via);
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
 * Per node: how many entries it holds and the bytes of the stores it owns (see
 * {@link EntryWalker}). Only data nodes are holders; stores and machinery get 0.
 */
export function entryCounts(
  walker: EntryWalker,
): { entries: Uint32Array; storeBytes: Uint32Array } {
  const n = walker.s.nodeCount;
  const entries = new Uint32Array(n);
  const storeBytes = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    if (!isData(walker.kinds[i])) continue;
    entries[i] = walker.forEachEntry(i);
    storeBytes[i] = Math.min(walker.storeBytes, 0xffffffff);
  }
  return { entries, storeBytes };
}
