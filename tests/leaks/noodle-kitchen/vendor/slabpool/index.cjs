"use strict";

/**
 * slabpool: fixed-size scratch buffers for building printer jobs without a fresh allocation per
 * job (vendored from the till firmware tools; MIT).
 *
 *   const pool = new BufferPool({ size: 2048, keep: 8 });
 *   const buf = pool.acquire();
 *   ...
 *   pool.release(buf);
 *
 * Buffers come from Buffer.allocUnsafeSlow, so they are never slices of Node's shared 8 KB
 * slab and can be handed back whole. A buffer the pool did not lend, or one already given back,
 * is ignored by release(): it must never go on the free list twice.
 */
class BufferPool {
  #free = [];
  #lent = new Set();
  #allocated = 0;

  constructor({ size = 2048, keep = 8 } = {}) {
    this.size = size;
    this.keep = keep;
  }

  acquire() {
    let buf = this.#free.pop();
    if (!buf) {
      buf = Buffer.allocUnsafeSlow(this.size);
      this.#allocated++;
    }
    this.#lent.add(buf);
    return buf;
  }

  release(buf) {
    if (!this.#lent.delete(buf)) return false;
    if (this.#free.length < this.keep) this.#free.push(buf);
    return true;
  }

  stats() {
    return {
      size: this.size,
      free: this.#free.length,
      lent: this.#lent.size,
      allocated: this.#allocated,
    };
  }
}

module.exports = { BufferPool };
