"use strict";

/**
 * Query insights for the /internal/queries page: every query a pool ran, with its timing.
 * Keyed weakly by the pool, so a pool that is closed and dropped takes its history with it.
 */
const statsByPool = new WeakMap();

function recordQuery(pool, sql, params, ms) {
  let stats = statsByPool.get(pool);
  if (stats === undefined) {
    stats = { since: new Date().toISOString(), queries: [], slow: 0 };
    statsByPool.set(pool, stats);
  }
  stats.queries.push({ sql, params, ms, at: Date.now() });
  if (ms > 50) stats.slow += 1;
}

function insightsFor(pool) {
  const stats = statsByPool.get(pool);
  if (!stats) return { queries: 0 };
  const bySql = new Map();
  for (const q of stats.queries) {
    const s = bySql.get(q.sql) || { sql: q.sql, calls: 0, totalMs: 0 };
    s.calls += 1;
    s.totalMs += q.ms;
    bySql.set(q.sql, s);
  }
  return {
    since: stats.since,
    queries: stats.queries.length,
    slow: stats.slow,
    bySql: [...bySql.values()],
  };
}

function instrument(pool) {
  pool.onQuery = recordQuery;
  return pool;
}

module.exports = { instrument, insightsFor };
