"use strict";

/**
 * Token buckets per key. Used to stop number enumeration on the porting desk: a retailer may
 * look a number up a few times while a customer is in the shop, not walk through a range.
 *
 * Buckets are refilled lazily, when they are next used; a sweep drops the ones that are full
 * again (a full bucket behaves exactly like no bucket) so the Map stays small.
 */
class TokenBucketLimiter {
  constructor({ capacity, refillPerSecond, sweepEveryMs = 250 }) {
    this.capacity = capacity;
    this.refillPerSecond = refillPerSecond;
    this.buckets = new Map();
    this.denied = 0;
    this.sweeper = setInterval(() => this.sweep(), sweepEveryMs);
    this.sweeper.unref();
  }

  refill(bucket, now) {
    const elapsed = (now - bucket.refilledAt) / 1000;
    if (elapsed > 0) {
      bucket.tokens = Math.min(this.capacity, bucket.tokens + elapsed * this.refillPerSecond);
      bucket.refilledAt = now;
    }
  }

  /** Takes a token for `key`; false when the caller has to wait. */
  take(key, client, now = Date.now()) {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = {
        tokens: this.capacity,
        refilledAt: now,
        firstSeenAt: now,
        clients: new Set(),
        lastClient: null,
        denied: 0,
      };
      this.buckets.set(key, bucket);
    }
    this.refill(bucket, now);
    bucket.clients.add(client);
    bucket.lastClient = client;
    if (bucket.tokens < 1) {
      bucket.denied++;
      this.denied++;
      return false;
    }
    bucket.tokens -= 1;
    return true;
  }

  /** Seconds until `key` has a token again. */
  retryAfter(key) {
    const bucket = this.buckets.get(key);
    if (!bucket || bucket.tokens >= 1) return 0;
    return Math.ceil((1 - bucket.tokens) / this.refillPerSecond);
  }

  sweep() {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens >= this.capacity) this.buckets.delete(key);
    }
  }

  stats() {
    return { tracked: this.buckets.size, denied: this.denied };
  }
}

module.exports = { TokenBucketLimiter };
