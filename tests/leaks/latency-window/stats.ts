import { RingBuffer } from "./ring.ts";

export interface Sample {
  route: string;
  status: number;
  ms: number;
  at: number;
}

const latencies = new RingBuffer<Sample>(128);

export function observe(route: string, status: number, ms: number) {
  latencies.write({ route, status, ms, at: Date.now() });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** p50/p95/p99 per route over the window. */
export function summary() {
  const byRoute = new Map<string, number[]>();
  for (const s of latencies.toArray()) {
    const list = byRoute.get(s.route) ?? [];
    list.push(s.ms);
    byRoute.set(s.route, list);
  }
  const out: Record<string, { n: number; p50: number; p95: number; p99: number }> = {};
  for (const [route, list] of byRoute) {
    list.sort((a, b) => a - b);
    out[route] = {
      n: list.length,
      p50: percentile(list, 50),
      p95: percentile(list, 95),
      p99: percentile(list, 99),
    };
  }
  return { window: latencies.size, routes: out };
}
