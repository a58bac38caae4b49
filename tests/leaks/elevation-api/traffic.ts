/**
 * Live traffic for the status page: requests and latency over the last second. Started as a
 * list of timestamps for the request rate; the samples were added for the per-route latency
 * and status breakdown.
 */

export interface Sample {
  route: string;
  method: string;
  status: number;
  ms: number;
  query: string;
  client: string;
}

export class TrafficWindow {
  times: number[] = [];
  samples: Sample[] = [];

  constructor(readonly spanMs: number) {}

  record(sample: Sample, now = Date.now()): void {
    this.times.push(now);
    this.samples.push(sample);
    this.prune(now);
  }

  prune(now = Date.now()): void {
    const cutoff = now - this.spanMs;
    while (this.times.length > 0 && this.times[0] < cutoff) this.times.shift();
  }

  /** The samples of the window (the newest `times.length` of them). */
  current(): Sample[] {
    return this.times.length === 0 ? [] : this.samples.slice(-this.times.length);
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

export function summarise(window: TrafficWindow) {
  window.prune();
  const byRoute = new Map<string, Sample[]>();
  for (const sample of window.current()) {
    const list = byRoute.get(sample.route) ?? [];
    list.push(sample);
    byRoute.set(sample.route, list);
  }
  return {
    requestsPerSecond: window.times.length * 1000 / window.spanMs,
    routes: [...byRoute].map(([route, list]) => {
      const ms = list.map((s) => s.ms).sort((a, b) => a - b);
      return {
        route,
        count: list.length,
        p50: percentile(ms, 0.5),
        p95: percentile(ms, 0.95),
        errors: list.filter((s) => s.status >= 500).length,
      };
    }),
  };
}
