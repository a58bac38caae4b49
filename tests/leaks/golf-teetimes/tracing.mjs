// Request tracing without the OpenTelemetry SDK (it doubled our cold start on the club
// kiosks). Spans follow the W3C trace context so the load balancer's traces line up, and are
// batched to the collector; with no collector configured the last few are kept for /debug.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes } from "node:crypto";

const storage = new AsyncLocalStorage();
const COLLECTOR = process.env.OTEL_EXPORTER_OTLP_ENDPOINT ?? null;
const FLUSH_MS = 200;
const KEEP_RECENT = 100;

const outbox = [];
const recent = [];
let exported = 0;

export class Span {
  constructor(name, parent, attrs) {
    const { traceId, parentSpanId, ...rest } = attrs;
    this.name = name;
    this.parent = parent;
    this.spanId = randomBytes(8).toString("hex");
    this.traceId = traceId ?? parent?.traceId ?? randomBytes(16).toString("hex");
    this.parentSpanId = parentSpanId ?? parent?.spanId ?? null;
    this.attributes = rest;
    this.events = [];
    this.status = "unset";
    this.startedAt = Date.now();
    this.start = performance.now();
    this.duration = null;
  }

  set(key, value) {
    this.attributes[key] = value;
    return this;
  }

  event(name, attrs = {}) {
    this.events.push({ name, at: Date.now(), attrs });
  }

  fail(err) {
    this.status = "error";
    this.event("exception", { message: err.message, type: err.name });
  }

  end() {
    if (this.duration !== null) return;
    this.duration = performance.now() - this.start;
    if (this.status === "unset") this.status = "ok";
    outbox.push({
      name: this.name,
      traceId: this.traceId,
      spanId: this.spanId,
      parentSpanId: this.parentSpanId,
      startedAt: this.startedAt,
      durationMs: Math.round(this.duration * 100) / 100,
      status: this.status,
      attributes: { ...this.attributes },
      events: this.events.length,
    });
  }
}

/** `traceparent: 00-<trace id>-<parent span id>-<flags>` from the load balancer. */
export function parseTraceparent(header) {
  if (typeof header !== "string") return {};
  const [version, traceId, parentSpanId] = header.split("-");
  if (version !== "00" || !traceId || !parentSpanId) return {};
  return { traceId, parentSpanId };
}

export function currentSpan() {
  return storage.getStore();
}

/** Starts a span that is current for the rest of the request (the handler is not wrapped). */
export function startSpan(name, attrs = {}) {
  const span = new Span(name, storage.getStore(), attrs);
  storage.enterWith(span);
  return span;
}

/** Runs fn in a child span of the current one. */
export function withSpan(name, attrs, fn) {
  const child = new Span(name, storage.getStore(), attrs);
  return storage.run(child, async () => {
    try {
      return await fn(child);
    } catch (err) {
      child.fail(err);
      throw err;
    } finally {
      child.end();
    }
  });
}

async function flush() {
  const batch = outbox.splice(0);
  if (batch.length === 0) return;
  exported += batch.length;
  if (COLLECTOR) {
    await fetch(`${COLLECTOR}/v1/traces`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ spans: batch }),
    }).catch(() => {});
    return;
  }
  recent.push(...batch);
  if (recent.length > KEEP_RECENT) recent.splice(0, recent.length - KEEP_RECENT);
}

setInterval(flush, FLUSH_MS).unref();

export function tracingStats() {
  return { exported, queued: outbox.length, recent: recent.slice(-10) };
}
