// Search volume in 250 ms buckets for the live dashboard, which shows the last few seconds.

const BUCKET_MS = 250;
const KEEP_BUCKETS = 8;

interface Bucket {
  start: number;
  searches: number;
  zeroResults: number;
  cacheHits: number;
  totalMs: number;
}

export class Rollup {
  #buckets: Bucket[] = [];

  record(ms: number, results: number, cached: boolean) {
    const start = Math.floor(Date.now() / BUCKET_MS) * BUCKET_MS;
    let bucket = this.#buckets.at(-1);
    if (!bucket || bucket.start !== start) {
      bucket = { start, searches: 0, zeroResults: 0, cacheHits: 0, totalMs: 0 };
      this.#buckets.push(bucket);
      if (this.#buckets.length > KEEP_BUCKETS) this.#buckets.shift();
    }
    bucket.searches++;
    if (results === 0) bucket.zeroResults++;
    if (cached) bucket.cacheHits++;
    bucket.totalMs += ms;
  }

  series() {
    const horizon = Date.now() - KEEP_BUCKETS * BUCKET_MS;
    return this.#buckets.filter((b) => b.start >= horizon).map((b) => ({
      at: new Date(b.start).toISOString(),
      searches: b.searches,
      zeroResults: b.zeroResults,
      cacheHitRate: b.searches ? b.cacheHits / b.searches : 0,
      avgMs: b.searches ? b.totalMs / b.searches : 0,
    }));
  }
}
