/**
 * Bookings indexed by half-hour slot, so "what is booked between 19:00 and 21:00" looks at four
 * buckets instead of every booking. A booking is in every slot it touches.
 */
export const SLOT_MS = 30 * 60_000;

export interface Interval {
  start: number;
  end: number;
}

const slotOf = (t: number) => Math.floor(t / SLOT_MS);

export class SlotIndex<T extends Interval> {
  #buckets = new Map<number, Set<T>>();

  add(item: T): void {
    for (let s = slotOf(item.start); s <= slotOf(item.end); s++) {
      let bucket = this.#buckets.get(s);
      if (!bucket) this.#buckets.set(s, bucket = new Set());
      bucket.add(item);
    }
  }

  remove(item: T): void {
    for (let s = slotOf(item.start); s < slotOf(item.end); s++) {
      this.#buckets.get(s)?.delete(item);
      if (this.#buckets.get(s)?.size === 0) this.#buckets.delete(s);
    }
  }

  /** Items overlapping [start, end). */
  overlapping(start: number, end: number): T[] {
    const found = new Set<T>();
    for (let s = slotOf(start); s < slotOf(end); s++) {
      for (const item of this.#buckets.get(s) ?? []) {
        if (item.start < end && start < item.end) found.add(item);
      }
    }
    return [...found];
  }

  get bucketCount(): number {
    return this.#buckets.size;
  }
}
