/** Prometheus metrics for /metrics: request counts by route and a latency histogram. */

export class Histogram {
  readonly #bounds: number[];
  /** Observations per bucket, keyed by the bucket's upper bound. */
  readonly #counts = new Map<number, number>();
  #sum = 0;
  #count = 0;

  constructor(readonly name: string, readonly help: string, bounds: number[]) {
    this.#bounds = [...bounds].sort((a, b) => a - b);
  }

  observe(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) return;
    const bucket = this.#bounds.find((bound) => ms <= bound) ?? Infinity;
    this.#counts.set(ms, (this.#counts.get(bucket) ?? 0) + 1);
    this.#sum += ms;
    this.#count++;
  }

  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    let cumulative = 0;
    for (const bound of this.#bounds) {
      cumulative += this.#counts.get(bound) ?? 0;
      lines.push(`${this.name}_bucket{le="${bound}"} ${cumulative}`);
    }
    lines.push(`${this.name}_bucket{le="+Inf"} ${this.#count}`);
    lines.push(`${this.name}_sum ${this.#sum.toFixed(3)}`, `${this.name}_count ${this.#count}`);
    return lines.join("\n");
  }
}

export const httpDuration = new Histogram(
  "http_request_duration_ms",
  "Time to answer a request, in milliseconds.",
  [1, 2.5, 5, 10, 25, 50, 100, 250, 1000],
);

/** Requests by route template and status: a handful of series. */
const requestCounts = new Map<string, number>();

export function countRequest(route: string, status: number): void {
  const key = `${route} ${status}`;
  requestCounts.set(key, (requestCounts.get(key) ?? 0) + 1);
}

export function renderMetrics(): string {
  const lines = ["# TYPE http_requests_total counter"];
  for (const [key, count] of requestCounts) {
    const [route, status] = key.split(" ");
    lines.push(`http_requests_total{route="${route}",status="${status}"} ${count}`);
  }
  return `${lines.join("\n")}\n${httpDuration.render()}\n`;
}
