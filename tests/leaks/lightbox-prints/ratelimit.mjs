// Token buckets per kiosk and route class. Uploads are expensive, status polls are cheap.

const CLASSES = {
  upload: { capacity: 4, refillPerSec: 2 },
  order: { capacity: 10, refillPerSec: 5 },
  status: { capacity: 30, refillPerSec: 20 },
};

const buckets = new Map();

export class RateLimited extends Error {
  constructor(routeClass, retryAfterMs) {
    super(`too many ${routeClass} requests`);
    this.status = 429;
    this.retryAfterMs = retryAfterMs;
  }
}

function refill(bucket, now) {
  const elapsed = (now - bucket.updatedAt) / 1000;
  bucket.tokens = Math.min(bucket.capacity, bucket.tokens + elapsed * bucket.refillPerSec);
  bucket.updatedAt = now;
}

export function take(kiosk, routeClass, cost = 1) {
  const spec = CLASSES[routeClass];
  if (!spec) throw new Error(`unknown route class ${routeClass}`);
  const now = Date.now();
  const key = `${kiosk}:${routeClass}`;
  let bucket = buckets.get(key);
  if (!bucket) {
    bucket = {
      kiosk,
      routeClass,
      capacity: spec.capacity,
      refillPerSec: spec.refillPerSec,
      tokens: spec.capacity,
      updatedAt: now,
      denied: 0,
    };
    buckets.set(key, bucket);
  }
  refill(bucket, now);
  if (bucket.tokens < cost) {
    bucket.denied++;
    throw new RateLimited(
      routeClass,
      Math.ceil(((cost - bucket.tokens) / bucket.refillPerSec) * 1000),
    );
  }
  bucket.tokens -= cost;
  return Math.floor(bucket.tokens);
}

// A full bucket holds nothing a fresh one wouldn't, so it can go.
function prune() {
  const now = Date.now();
  for (const bucket of buckets.values()) {
    refill(bucket, now);
    if (bucket.tokens >= bucket.capacity) buckets.delete(bucket.kiosk);
  }
}

setInterval(prune, 200).unref();

export function limiterStats() {
  return { buckets: buckets.size };
}
