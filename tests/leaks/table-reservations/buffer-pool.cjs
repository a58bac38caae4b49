"use strict";

// Calendar attachments are assembled in pooled 16 KiB buffers. A lease can be released more
// than once (the error path and the normal path may both do it); only the first counts.

class BufferPool {
  constructor(size, maxIdle) {
    this.size = size;
    this.maxIdle = maxIdle;
    this.idle = [];
    this.created = 0;
  }

  lease() {
    const buffer = this.idle.pop() ?? this.#allocate();
    let released = false;
    return {
      buffer,
      release: () => {
        if (released) return;
        released = true;
        if (this.idle.length < this.maxIdle) this.idle.push(buffer);
      },
    };
  }

  #allocate() {
    this.created++;
    return Buffer.alloc(this.size);
  }
}

const icsPool = new BufferPool(16 * 1024, 4);

module.exports = { BufferPool, icsPool };
