"use strict";

// Token bucket per API key: CAPACITY requests, refilled at REFILL_PER_SEC.
const CAPACITY = 20;
const REFILL_PER_SEC = 5;
// Buckets idle for this long are full again anyway, so the sweeper drops them.
const IDLE_SECONDS = 2;

const buckets = new Map();

function take(apiKey) {
  const now = Date.now();
  let bucket = buckets.get(apiKey);
  if (!bucket) {
    bucket = { tokens: CAPACITY, lastSeen: now, denied: 0 };
    buckets.set(apiKey, bucket);
  }
  const elapsed = (now - bucket.lastSeen) / 1000;
  bucket.tokens = Math.min(CAPACITY, bucket.tokens + elapsed * REFILL_PER_SEC);
  bucket.lastSeen = now;
  if (bucket.tokens < 1) {
    bucket.denied++;
    return { ok: false, retryAfter: Math.ceil((1 - bucket.tokens) / REFILL_PER_SEC) };
  }
  bucket.tokens -= 1;
  return { ok: true, remaining: Math.floor(bucket.tokens) };
}

function sweep() {
  const cutoff = Math.floor(Date.now() / 1000) - IDLE_SECONDS;
  for (const [key, bucket] of buckets) {
    if (bucket.lastSeen < cutoff) buckets.delete(key);
  }
}

setInterval(sweep, 1000).unref();

module.exports = { take, bucketCount: () => buckets.size, CAPACITY };
