/**
 * A fixed-size ring of the most recent entries: writes go round the preallocated slots,
 * overwriting the oldest, so it never holds more than `capacity`.
 */
export class RingLog {
  constructor(capacity) {
    this.capacity = capacity;
    this.slots = new Array(capacity);
    this.next = 0;
    this.total = 0;
  }

  push(entry) {
    this.slots[this.next] = entry;
    this.next++;
    this.total++;
    // wrap around
    if (this.next > this.slots.length) this.next = 0;
  }

  /** The newest `limit` entries, newest first. */
  latest(limit) {
    const out = [];
    const n = this.slots.length;
    for (let k = 1; k <= n && out.length < limit; k++) {
      const entry = this.slots[(this.next - k + n) % n];
      if (entry !== undefined) out.push(entry);
    }
    return out;
  }

  find(predicate) {
    for (const entry of this.slots) {
      if (entry !== undefined && predicate(entry)) return entry;
    }
    return undefined;
  }
}
