/** Registered buyers (fishmongers, wholesalers, exporters) and the screens' poll throttle. */
export const buyers = new Map([
  ["B-104", { id: "B-104", name: "Vishandel Post & Zn", creditCents: 2_500_000 }],
  ["B-211", { id: "B-211", name: "Atlantic Seafood Export", creditCents: 9_000_000 }],
  ["B-318", { id: "B-318", name: "De Zeeuwse Visgroothandel", creditCents: 4_000_000 }],
]);

interface Bucket {
  tokens: number;
  at: number;
}

/** Polls of the clock screens: a burst of 50, then 25 a second per terminal. */
export class PollThrottle {
  #buckets = new Map<string, Bucket>();

  constructor(readonly capacity = 50, readonly perSecond = 25) {
    setInterval(() => this.sweep(), 250);
  }

  #refilled(bucket: Bucket, now: number): Bucket {
    bucket.tokens = Math.min(
      this.capacity,
      bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond,
    );
    bucket.at = now;
    return bucket;
  }

  allow(terminal: string, now = Date.now()): boolean {
    const bucket = this.#buckets.get(terminal);
    if (!bucket) {
      this.#buckets.set(terminal, { tokens: this.capacity - 1, at: now });
      return true;
    }
    if (this.#refilled(bucket, now).tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Drops buckets that are full again once refilled to now. */
  sweep(now = Date.now()): void {
    for (const [terminal, bucket] of this.#buckets) {
      if (this.#refilled(bucket, now).tokens >= this.capacity) this.#buckets.delete(terminal);
    }
  }
}
