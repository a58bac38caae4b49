// Per-route latency percentiles from a fixed reservoir of the most recent samples per route.

const RESERVOIR = 128;

class RouteSummary {
  samples = new Float64Array(RESERVOIR);
  next = 0;
  filled = 0;

  add(ms: number) {
    this.samples[this.next] = ms;
    this.next = (this.next + 1) % RESERVOIR;
    if (this.filled < RESERVOIR) this.filled++;
  }

  percentile(p: number): number {
    if (this.filled === 0) return 0;
    const sorted = Array.from(this.samples.subarray(0, this.filled)).sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  }
}

const summaries = new Map<string, RouteSummary>();

export function observe(route: string, ms: number) {
  let s = summaries.get(route);
  if (!s) summaries.set(route, s = new RouteSummary());
  s.add(ms);
}

export function report() {
  return Object.fromEntries(
    [...summaries].map((
      [route, s],
    ) => [route, { p50: s.percentile(0.5), p99: s.percentile(0.99) }]),
  );
}
