"use strict";

// Per-clinic token buckets. Idle buckets are refilled and dropped by the sweep once full.
class Throttle {
  constructor({ capacity = 5, perSecond = 20, sweepMs = 250 } = {}) {
    this.capacity = capacity;
    this.perSecond = perSecond;
    this.buckets = new Map();
    this.timer = setInterval(() => this.sweep(), sweepMs);
    this.timer.unref();
  }

  refill(bucket, now) {
    const earned = ((now - bucket.at) / 1000) * this.perSecond;
    bucket.tokens = Math.min(this.capacity, bucket.tokens + earned);
    bucket.at = now;
  }

  take(key) {
    const now = Date.now();
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { tokens: this.capacity, at: now };
      this.buckets.set(key, bucket);
    }
    this.refill(bucket, now);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  sweep() {
    const now = Date.now();
    for (const [key, bucket] of this.buckets) {
      this.refill(bucket, now);
      if (bucket.tokens >= this.capacity) this.buckets.delete(key);
    }
  }
}

module.exports = { Throttle };
