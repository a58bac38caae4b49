import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";

export class Span {
  constructor(name, parentTraceId) {
    this.traceId = parentTraceId ?? randomBytes(16).toString("hex");
    this.spanId = randomBytes(8).toString("hex");
    this.name = name;
    this.startedAt = performance.now();
    this.queries = [];
    this.ended = false;
  }

  end() {
    this.ended = true;
    this.durationMs = performance.now() - this.startedAt;
  }

  /** Server-Timing header: total and the time spent in the database. */
  serverTiming() {
    const dbMs = this.queries.reduce((sum, q) => sum + q.ms, 0);
    return `db;dur=${dbMs.toFixed(2)}, total;dur=${(this.durationMs ?? 0).toFixed(2)}`;
  }
}

/** Times every query made while `span` is open and attaches it to the span. */
export function instrumentDb(client, span) {
  const query = client.query;
  client.query = async function traced(sql, params) {
    if (span.ended) return query.call(this, sql, params);
    const started = performance.now();
    try {
      return await query.call(this, sql, params);
    } finally {
      span.queries.push({ sql, ms: performance.now() - started });
    }
  };
}
