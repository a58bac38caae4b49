// A small in-process tracer. We ship traces to our own collector in one JSON document per
// trace, so spans are kept as a tree under their root and exported when the root ends.

import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { TraceExporter } from "./export.mjs";

class Span {
  #tracer;

  constructor(tracer, name, parent, attributes) {
    this.#tracer = tracer;
    this.traceId = parent ? parent.traceId : randomBytes(16).toString("hex");
    this.spanId = randomBytes(8).toString("hex");
    this.parent = parent ?? null;
    this.name = name;
    this.attributes = { ...attributes };
    this.events = [];
    this.children = [];
    this.status = "unset";
    this.startTime = performance.now();
    this.endTime = undefined;
    if (parent) parent.children.push(this);
  }

  setAttribute(key, value) {
    this.attributes[key] = value;
    return this;
  }

  addEvent(name, attributes = {}) {
    this.events.push({ name, at: performance.now(), attributes });
    return this;
  }

  recordError(err) {
    this.status = "error";
    this.addEvent("exception", { type: err.name, message: err.message });
  }

  end(endTime = performance.now()) {
    if (this.endTime !== undefined) return;
    this.endTime = endTime;
    if (this.status === "unset") this.status = "ok";
    this.#tracer.onEnd(this);
  }
}

function flatten(span, out = []) {
  out.push({
    traceId: span.traceId,
    spanId: span.spanId,
    parentSpanId: span.parent?.spanId ?? null,
    name: span.name,
    status: span.status,
    startMs: Math.round(span.startTime * 1000) / 1000,
    durationMs: span.endTime === undefined
      ? null
      : Math.round((span.endTime - span.startTime) * 1000) / 1000,
    attributes: span.attributes,
    events: span.events,
  });
  for (const child of span.children) flatten(child, out);
  return out;
}

export class Tracer {
  #active = new Map();
  #exporter;

  constructor(serviceName, exporter) {
    this.serviceName = serviceName;
    this.#exporter = exporter;
  }

  startSpan(name, { parent, attributes } = {}) {
    const span = new Span(this, name, parent, attributes);
    this.#active.set(span.spanId, span);
    return span;
  }

  /** Runs `fn` in a child span that ends (and records the error) however `fn` finishes. */
  async withSpan(name, parent, fn, attributes) {
    const span = this.startSpan(name, { parent, attributes });
    try {
      return await fn(span);
    } catch (err) {
      span.recordError(err);
      throw err;
    } finally {
      span.end();
    }
  }

  onEnd(span) {
    this.#active.delete(span.spanId);
    if (span.parent) return;
    // The root ends the trace. A child some code path forgot to end would otherwise be
    // missing from the export, so it is ended here with the root's end time.
    for (const child of span.children) {
      if (child.endTime === undefined) {
        child.status = "unfinished";
        child.end(span.endTime);
      }
    }
    this.#exporter.export({ service: this.serviceName, spans: flatten(span) });
  }

  /** Spans started and not ended yet, oldest first (for /debug/spans). */
  activeSpans(limit) {
    const now = performance.now();
    const out = [];
    for (const span of this.#active.values()) {
      out.push({ name: span.name, traceId: span.traceId, ageMs: Math.round(now - span.startTime) });
      if (out.length >= limit) break;
    }
    return { count: this.#active.size, oldest: out };
  }
}

export const exporter = new TraceExporter({
  endpoint: process.env.TRACE_COLLECTOR_URL,
  batchSize: 50,
  keepRecent: 20,
});

export const tracer = new Tracer("checkout-api", exporter);
