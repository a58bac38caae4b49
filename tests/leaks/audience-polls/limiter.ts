// Per-voter token buckets against scripted voting. Only the most recently active voters are
// tracked; a voter who drops out of the table starts again with a full bucket, which is fine
// for a bucket this small.

interface Bucket {
  tokens: number;
  updatedAt: number;
}

const RATE_PER_SEC = 2;
const BURST = 5;
const TRACKED = 64;

const buckets = new Map<string, Bucket>();

export function allow(voter: string, now = Date.now()): boolean {
  let bucket = buckets.get(voter);
  if (bucket) {
    buckets.delete(voter);
    bucket.tokens = Math.min(
      BURST,
      bucket.tokens + ((now - bucket.updatedAt) / 1000) * RATE_PER_SEC,
    );
    bucket.updatedAt = now;
  } else {
    bucket = { tokens: BURST, updatedAt: now };
  }
  buckets.set(voter, bucket);
  if (buckets.size > TRACKED) buckets.delete(buckets.keys().next().value!);
  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
  return true;
}

export function trackedVoters() {
  return buckets.size;
}
