// Per-client token buckets: a map viewer pans in bursts, so allow a burst and refill steadily.

interface Bucket {
  tokens: number;
  updatedAt: number;
}

const CAPACITY = 20;
const REFILL_PER_SEC = 40;

const buckets = new Map<string, Bucket>();

function refill(bucket: Bucket, now: number) {
  bucket.tokens = Math.min(
    CAPACITY,
    bucket.tokens + ((now - bucket.updatedAt) / 1000) * REFILL_PER_SEC,
  );
  bucket.updatedAt = now;
}

export function allow(client: string): boolean {
  const now = Date.now();
  let bucket = buckets.get(client);
  if (!bucket) {
    bucket = { tokens: CAPACITY, updatedAt: now };
    buckets.set(client, bucket);
  }
  refill(bucket, now);
  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
  return true;
}

// full buckets are the same as no bucket
setInterval(() => {
  const now = Date.now();
  for (const [client, bucket] of buckets) {
    refill(bucket, now);
    if (bucket.tokens >= CAPACITY) buckets.delete(client);
  }
}, 200);

export function bucketCount(): number {
  return buckets.size;
}
