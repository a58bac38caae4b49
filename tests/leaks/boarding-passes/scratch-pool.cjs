"use strict";

// Barcode encoding needs a 64 KiB work area; allocating one per pass showed up in GC pauses at
// check-in peaks, so passes lease one from this pool. The idle list never holds more buffers
// than we ever created, so it needs no cap.

class ScratchPool {
  constructor(bufferSize) {
    this.bufferSize = bufferSize;
    this.idle = [];
    this.created = 0;
    this.leased = 0;
  }

  lease() {
    const entry = this.idle.pop();
    const buffer = entry ? entry.buffer : this.#allocate();
    this.leased++;
    return {
      buffer,
      release: () => this.#giveBack(buffer),
    };
  }

  #allocate() {
    this.created++;
    return Buffer.alloc(this.bufferSize);
  }

  #giveBack(buffer) {
    this.idle.push({ buffer, since: Date.now() });
  }

  stats() {
    const now = Date.now();
    return {
      bufferSize: this.bufferSize,
      created: this.created,
      leased: this.leased,
      idle: this.idle.length,
      oldestIdleMs: this.idle.length ? now - this.idle[0].since : 0,
    };
  }
}

const scratchPool = new ScratchPool(64 * 1024);

module.exports = { ScratchPool, scratchPool };
