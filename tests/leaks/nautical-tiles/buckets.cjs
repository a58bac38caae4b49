"use strict";

// Token buckets per client address: CAPACITY tokens, refilled at REFILL_PER_SECOND. A bucket
// that has refilled to full is the same as no bucket at all, so the sweep drops those and the
// table only holds clients that are still drawing on their burst.

const CAPACITY = 6;
const REFILL_PER_SECOND = 60;
const SWEEP_EVERY_MS = 50;

const buckets = new Map();
let dropped = 0;

function refill(bucket, now) {
  const elapsed = (now - bucket.updatedAt) / 1000;
  bucket.tokens = Math.min(CAPACITY, bucket.tokens + elapsed * REFILL_PER_SECOND);
  bucket.updatedAt = now;
}

function take(client, cost = 1) {
  const now = Date.now();
  let bucket = buckets.get(client);
  if (bucket === undefined) {
    bucket = { tokens: CAPACITY, updatedAt: now };
    buckets.set(client, bucket);
  } else {
    refill(bucket, now);
  }
  if (bucket.tokens < cost) {
    const waitMs = Math.ceil(((cost - bucket.tokens) / REFILL_PER_SECOND) * 1000);
    return { allowed: false, remaining: Math.floor(bucket.tokens), waitMs };
  }
  bucket.tokens -= cost;
  return { allowed: true, remaining: Math.floor(bucket.tokens), waitMs: 0 };
}

function sweep() {
  const now = Date.now();
  for (const [client, bucket] of buckets) {
    refill(bucket, now);
    if (bucket.tokens >= CAPACITY) {
      buckets.delete(client);
      dropped++;
    }
  }
}

setInterval(sweep, SWEEP_EVERY_MS).unref();

function bucketStats() {
  return { active: buckets.size, dropped };
}

module.exports = { take, bucketStats };
