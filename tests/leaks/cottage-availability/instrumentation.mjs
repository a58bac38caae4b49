// Query metrics for the /metrics page (scraped by the agency's Grafana agent).
import { queryChannel } from "./store/db.mjs";

const SLOW_MS = 200;
/** Queries started and not yet answered, by their trace context. */
const inflight = new Map();
const byStatement = new Map();
const slow = [];

function statsFor(statement) {
  let s = byStatement.get(statement);
  if (!s) {
    s = { calls: 0, cached: 0, errors: 0, totalMs: 0, maxMs: 0 };
    byStatement.set(statement, s);
  }
  return s;
}

function settle(ctx, error) {
  const started = inflight.get(ctx);
  if (started === undefined) return;
  inflight.delete(ctx);
  const ms = performance.now() - started.at;
  const s = statsFor(ctx.statement);
  s.calls++;
  s.totalMs += ms;
  if (ms > s.maxMs) s.maxMs = ms;
  if (error) s.errors++;
  if (ms > SLOW_MS) {
    slow.unshift({ statement: ctx.statement, params: ctx.params, ms: Math.round(ms) });
    if (slow.length > 20) slow.length = 20;
  }
}

queryChannel.subscribe({
  start(ctx) {
    inflight.set(ctx, { at: performance.now() });
  },
  end(ctx) {
    if (ctx.cached) statsFor(ctx.statement).cached++;
  },
  asyncStart() {},
  asyncEnd(ctx) {
    settle(ctx);
  },
  error(ctx) {
    settle(ctx, ctx.error);
  },
});

export function metricsText() {
  const lines = [
    "# TYPE cottages_db_queries_total counter",
    "# TYPE cottages_db_cache_hits_total counter",
    "# TYPE cottages_db_query_seconds_max gauge",
  ];
  for (const [statement, s] of byStatement) {
    const label = `{statement="${statement}"}`;
    lines.push(`cottages_db_queries_total${label} ${s.calls}`);
    lines.push(`cottages_db_cache_hits_total${label} ${s.cached}`);
    lines.push(`cottages_db_query_errors_total${label} ${s.errors}`);
    lines.push(`cottages_db_query_seconds_max${label} ${(s.maxMs / 1000).toFixed(4)}`);
  }
  return lines.join("\n") + "\n";
}

export function slowQueries() {
  return slow;
}
