// Request metrics for the /metrics scrape: one latency and one response-size histogram per route.

const LATENCY_BOUNDS_MS = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500];
const SIZE_BOUNDS = [128, 512, 1024, 4096, 16384, 65536, 262144];

export class Histogram {
  readonly latency: number[] = new Array(LATENCY_BOUNDS_MS.length + 1).fill(0);
  readonly size: number[] = new Array(SIZE_BOUNDS.length + 1).fill(0);
  count = 0;
  errors = 0;
  sumMs = 0;
  maxMs = 0;
  firstSeen = new Date().toISOString();

  constructor(readonly method: string, readonly route: string) {}

  observe(ms: number, bytes: number, status: number) {
    this.latency[bucketOf(LATENCY_BOUNDS_MS, ms)]++;
    this.size[bucketOf(SIZE_BOUNDS, bytes)]++;
    this.count++;
    this.sumMs += ms;
    if (ms > this.maxMs) this.maxMs = ms;
    if (status >= 500) this.errors++;
  }
}

function bucketOf(bounds: number[], v: number): number {
  const i = bounds.findIndex((b) => v <= b);
  return i === -1 ? bounds.length : i;
}

/** Collapses ids in a path so requests for different records share a series. */
export function routeOf(path: string): string {
  return path
    .replace(/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?=\/|$)/gi, "/:uuid")
    .replace(/\/\d+(?=\/|$)/g, "/:id");
}

export class Metrics {
  #histograms = new Map<string, Histogram>();

  record(method: string, path: string, ms: number, bytes: number, status: number) {
    const route = routeOf(path);
    const key = `${method} ${route}`;
    let h = this.#histograms.get(key);
    if (!h) {
      h = new Histogram(method, route);
      this.#histograms.set(key, h);
    }
    h.observe(ms, bytes, status);
  }

  exposition(): string {
    const out: string[] = [];
    for (const h of this.#histograms.values()) {
      const labels = `method="${h.method}",route="${h.route}"`;
      let cumulative = 0;
      LATENCY_BOUNDS_MS.forEach((b, i) => {
        cumulative += h.latency[i];
        out.push(`http_request_duration_ms_bucket{${labels},le="${b}"} ${cumulative}`);
      });
      out.push(`http_request_duration_ms_bucket{${labels},le="+Inf"} ${h.count}`);
      out.push(`http_request_duration_ms_sum{${labels}} ${h.sumMs.toFixed(3)}`);
      out.push(`http_request_duration_ms_count{${labels}} ${h.count}`);
      out.push(`http_request_errors_total{${labels}} ${h.errors}`);
    }
    return out.join("\n") + "\n";
  }

  get series(): number {
    return this.#histograms.size;
  }
}
