/**
 * Query tracing. Each query gets a span; while it runs the span is parked on the connection,
 * because the driver's slow-query hook is only handed the connection.
 */

import type { Connection, Row } from "./db.ts";

export interface QuerySpan {
  id: string;
  requestId: string;
  sql: string;
  params: unknown[];
  startedAt: number;
  durationMs?: number;
  rows?: number;
  slow?: boolean;
}

interface StatementStats {
  calls: number;
  totalMs: number;
  maxMs: number;
}

const statementStats = new Map<string, StatementStats>();
let spanSeq = 0;

/** The key a span is parked under on its connection. */
const spanKey = (id: string) => Symbol(`span:${id}`);

export function traced<T extends Row>(
  conn: Connection,
  requestId: string,
  sql: string,
  params: unknown[],
): T[] {
  const span: QuerySpan = {
    id: `${requestId}/${++spanSeq}`,
    requestId,
    sql,
    params,
    startedAt: performance.now(),
  };
  conn[spanKey(span.id)] = span;
  try {
    const rows = conn.query<T>(sql, params);
    span.rows = rows.length;
    return rows;
  } finally {
    span.durationMs = performance.now() - span.startedAt;
    const stats = statementStats.get(sql) ?? { calls: 0, totalMs: 0, maxMs: 0 };
    stats.calls++;
    stats.totalMs += span.durationMs;
    stats.maxMs = Math.max(stats.maxMs, span.durationMs);
    statementStats.set(sql, stats);
    delete conn[spanKey(span.id)];
  }
}

/** Marks the running spans of a slow statement, so the request log can show them. */
export function flagSlowSpans(conn: Connection, sql: string, ms: number): void {
  for (const key of Object.getOwnPropertySymbols(conn)) {
    if (!key.description?.startsWith("span:")) continue;
    const span = conn[key] as QuerySpan;
    if (span.sql !== sql || span.durationMs !== undefined) continue;
    span.slow = true;
    console.warn(`slow query (${ms.toFixed(0)} ms) in request ${span.requestId}: ${sql}`);
  }
}

export function queryStats(): Record<string, StatementStats> {
  return Object.fromEntries(statementStats);
}
