import type { EdgeRecord } from "./records.ts";

const LATENCY_BUCKETS_MS = [5, 10, 25, 50, 100, 250, 500, 1000, 2500];

interface HostStats {
  requests: number;
  bytes: number;
  byStatusClass: Record<"2xx" | "3xx" | "4xx" | "5xx", number>;
  cacheHits: number;
  latency: number[];
  byPop: Map<string, number>;
}

const byHost = new Map<string, HostStats>();

function statsFor(host: string): HostStats {
  let stats = byHost.get(host);
  if (!stats) {
    stats = {
      requests: 0,
      bytes: 0,
      byStatusClass: { "2xx": 0, "3xx": 0, "4xx": 0, "5xx": 0 },
      cacheHits: 0,
      latency: new Array(LATENCY_BUCKETS_MS.length + 1).fill(0),
      byPop: new Map(),
    };
    byHost.set(host, stats);
  }
  return stats;
}

export function count(record: EdgeRecord): void {
  const stats = statsFor(record.host);
  stats.requests++;
  stats.bytes += record.bytes;
  const cls = `${
    Math.min(5, Math.max(2, Math.floor(record.status / 100)))
  }xx` as keyof HostStats["byStatusClass"];
  stats.byStatusClass[cls]++;
  if (record.cache === "HIT") stats.cacheHits++;
  let bucket = LATENCY_BUCKETS_MS.findIndex((limit) => record.durationMs <= limit);
  if (bucket === -1) bucket = LATENCY_BUCKETS_MS.length;
  stats.latency[bucket]++;
  stats.byPop.set(record.pop, (stats.byPop.get(record.pop) ?? 0) + 1);
}

function percentile(latency: number[], total: number, p: number): number | null {
  let seen = 0;
  for (let i = 0; i < latency.length; i++) {
    seen += latency[i];
    if (seen >= total * p) return LATENCY_BUCKETS_MS[i] ?? Infinity;
  }
  return null;
}

export function summary() {
  return [...byHost].map(([host, s]) => ({
    host,
    requests: s.requests,
    mbServed: Math.round(s.bytes / 1e4) / 100,
    statusClasses: s.byStatusClass,
    cacheHitRatio: s.requests ? Math.round((s.cacheHits / s.requests) * 100) / 100 : 0,
    p50Ms: percentile(s.latency, s.requests, 0.5),
    p95Ms: percentile(s.latency, s.requests, 0.95),
    pops: Object.fromEntries(s.byPop),
  }));
}
