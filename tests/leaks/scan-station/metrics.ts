/** Latency histogram for the scanner dashboard: fixed buckets, counted by bucket bound. */
export class Histogram {
  readonly #bounds: number[];
  readonly #counts: number[];
  #sum = 0;
  #count = 0;

  constructor(bounds: number[]) {
    this.#bounds = [...bounds].sort((a, b) => a - b);
    this.#counts = new Array(this.#bounds.length + 1).fill(0);
  }

  observe(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) return;
    let index = this.#bounds.findIndex((bound) => ms <= bound);
    if (index === -1) index = this.#bounds.length;
    this.#counts[index]++;
    this.#sum += ms;
    this.#count++;
  }

  snapshot() {
    const buckets: Record<string, number> = {};
    this.#bounds.forEach((bound, n) => (buckets[`le_${bound}`] = this.#counts[n]));
    buckets.le_inf = this.#counts[this.#bounds.length];
    return { buckets, count: this.#count, meanMs: this.#count ? this.#sum / this.#count : 0 };
  }
}

/** The last scans, in a fixed-size ring (the floor screen shows them). */
export class Ring<T> {
  readonly #slots: (T | undefined)[];
  #next = 0;
  #size = 0;

  constructor(capacity: number) {
    this.#slots = new Array(capacity).fill(undefined);
  }

  add(item: T): void {
    this.#slots[this.#next] = item;
    this.#next = (this.#next + 1) % this.#slots.length;
    this.#size = Math.min(this.#size + 1, this.#slots.length);
  }

  newest(limit: number): T[] {
    const out: T[] = [];
    for (let n = 1; n <= Math.min(limit, this.#size); n++) {
      const index = (this.#next - n + this.#slots.length) % this.#slots.length;
      out.push(this.#slots[index] as T);
    }
    return out;
  }
}
