/**
 * Which row of the snapshot's `locations` table describes a node, without a node-long array:
 * one bit per node says whether it has a row; the nodes that have one, counted in node order
 * (a count per 32 nodes plus the bits below the node in its word), index a row-long array of
 * their rows. About a sixteenth of a 32-bit array per node plus one number per row, so the
 * analysis' peak holds one node-long array fewer.
 *
 * @module
 */

import type { HeapSnapshot } from "./snapshot.ts";

/** A node's row in the locations table, or -1. */
export class LocationRows {
  /** Bit `node & 31` of word `node >>> 5`: the node has a row. */
  readonly #bits: Uint32Array;
  /** Per word: nodes with a row before its first node. */
  readonly #before: Uint32Array;
  /** Per node with a row, in node order: its row (the last, for a node listed twice). */
  readonly #row: Uint32Array;

  constructor(s: HeapSnapshot) {
    const loc = s.locations;
    const words = (s.nodeCount >>> 5) + 1;
    const bits = this.#bits = new Uint32Array(words);
    const before = this.#before = new Uint32Array(words);
    for (let r = 0; r < loc.count; r++) {
      const node = loc.nodeIndex[r];
      bits[node >>> 5] |= 1 << (node & 31);
    }
    let located = 0;
    for (let w = 0; w < words; w++) {
      before[w] = located;
      located += popCount(bits[w]);
    }
    this.#row = new Uint32Array(located);
    for (let r = 0; r < loc.count; r++) this.#row[this.#rank(loc.nodeIndex[r])] = r;
  }

  /** The node's row, or -1 when it has none. */
  of(node: number): number {
    const word = this.#bits[node >>> 5];
    const bit = 1 << (node & 31);
    if ((word & bit) === 0) return -1;
    return this.#row[this.#before[node >>> 5] + popCount(word & (bit - 1))];
  }

  /** Nodes with a row before `node`. */
  #rank(node: number): number {
    const bit = 1 << (node & 31);
    return this.#before[node >>> 5] + popCount(this.#bits[node >>> 5] & (bit - 1));
  }
}

/** Set bits of a 32-bit word. */
function popCount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
