export interface Reading {
  turbineId: string;
  at: string;
  windMs: number;
  rotorRpm: number;
  powerKw: number;
  pitchDeg: number;
  yawDeg: number;
  nacelleC: number;
  gearboxC: number;
  expectedKw: number;
  deviationPct: number;
  flags: string[];
}

// Dropping from the front of a large array is O(n), so old readings are skipped by moving
// `head` and the dead prefix is cut off in one go every so often.
const COMPACT_AFTER = 1024;

export class ReadingWindow {
  private items: Reading[] = [];
  private head = 0;

  constructor(readonly capacity: number) {}

  append(batch: Reading[]) {
    this.items.push(...batch);
    const overflow = this.items.length - this.head - this.capacity;
    if (overflow > 0) this.head += overflow;
    if (this.head === COMPACT_AFTER) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }

  latest(n: number): Reading[] {
    return this.items.slice(Math.max(this.head, this.items.length - n));
  }

  *[Symbol.iterator](): IterableIterator<Reading> {
    for (let k = this.head; k < this.items.length; k++) yield this.items[k];
  }
}
