"use strict";

/**
 * Token buckets per kiosk: `burst` requests at once, refilled at `perSecond`. A bucket that
 * has refilled completely is the same as no bucket, so the sweep drops those.
 */
class RateLimiter {
  #buckets = new Map();

  constructor({ burst = 30, perSecond = 10 } = {}) {
    this.burst = burst;
    this.perSecond = perSecond;
    setInterval(() => this.#sweep(), 250).unref();
  }

  #refill(bucket, now) {
    const elapsed = (now - bucket.at) / 1000;
    bucket.tokens = Math.min(this.burst, bucket.tokens + elapsed * this.perSecond);
    bucket.at = now;
  }

  take(key) {
    const now = Date.now();
    let bucket = this.#buckets.get(key);
    if (!bucket) {
      bucket = { tokens: this.burst, at: now };
      this.#buckets.set(key, bucket);
    }
    this.#refill(bucket, now);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  #sweep() {
    const now = Date.now();
    for (const [key, bucket] of this.#buckets) {
      this.#refill(bucket, now);
      if (bucket.tokens >= this.burst) this.#buckets.delete(key);
    }
  }
}

module.exports = { RateLimiter };
