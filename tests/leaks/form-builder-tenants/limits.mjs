/** Per-workspace token buckets for the public submit endpoint. */
const PLAN_RATE = { free: 2, pro: 20, business: 100 };
const buckets = new Map();

export function allow(workspace) {
  const rate = PLAN_RATE[workspace.plan] ?? 2;
  const now = Date.now();
  let bucket = buckets.get(workspace.id);
  if (!bucket) {
    bucket = { tokens: rate * 5, updated: now };
    buckets.set(workspace.id, bucket);
  }
  bucket.tokens = Math.min(rate * 5, bucket.tokens + ((now - bucket.updated) / 1000) * rate);
  bucket.updated = now;
  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
  return true;
}

export function dropBucket(workspaceId) {
  buckets.delete(workspaceId);
}

export function bucketCount() {
  return buckets.size;
}
