// Token buckets per API key: each key gets `burst` requests and refills at `perSecond`.

const buckets = new Map();

export function take(key, now = Date.now()) {
  let bucket = buckets.get(key);
  if (!bucket) {
    const { burst, perSecond } = key.plan.limits;
    bucket = { tokens: burst, burst, perSecond, refilledAt: now, denied: 0 };
    buckets.set(key, bucket);
  }
  const elapsed = (now - bucket.refilledAt) / 1000;
  bucket.tokens = Math.min(bucket.burst, bucket.tokens + elapsed * bucket.perSecond);
  bucket.refilledAt = now;
  if (bucket.tokens < 1) {
    bucket.denied++;
    return { allowed: false, remaining: 0 };
  }
  bucket.tokens -= 1;
  return { allowed: true, remaining: Math.floor(bucket.tokens) };
}

export function forget(key) {
  buckets.delete(key);
}

export function bucketCount() {
  return buckets.size;
}
