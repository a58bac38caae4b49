/**
 * Reusable scratch buffers for rendering labels: allocating 8 KB per label showed up in GC
 * pauses at peak. Buffers hold customer addresses, so every one the pool has handed out is
 * wiped on shutdown.
 */

export class Scratch {
  readonly bytes: Uint8Array<ArrayBuffer>;
  used = 0;
  leasedAt = 0;

  constructor(size: number) {
    this.bytes = new Uint8Array(size);
  }
}

export class ScratchPool {
  #free: Scratch[] = [];
  #all = new Set<Scratch>();
  #created = 0;

  constructor(readonly size: number, readonly maxIdle: number) {}

  acquire(): Scratch {
    let scratch = this.#free.pop();
    if (!scratch) {
      scratch = new Scratch(this.size);
      this.#all.add(scratch);
      this.#created++;
    }
    scratch.leasedAt = performance.now();
    return scratch;
  }

  release(scratch: Scratch): void {
    scratch.bytes.fill(0, 0, scratch.used);
    scratch.used = 0;
    if (this.#free.length < this.maxIdle) this.#free.push(scratch);
    else this.#all.delete(scratch);
  }

  wipe(): void {
    for (const scratch of this.#all) scratch.bytes.fill(0);
  }

  stats() {
    return { free: this.#free.length, total: this.#all.size, created: this.#created };
  }
}
