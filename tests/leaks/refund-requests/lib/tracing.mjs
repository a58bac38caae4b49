import { randomBytes } from "node:crypto";

const hex = (bytes) => randomBytes(bytes).toString("hex");

export class Span {
  constructor(tracer, name, { traceId, parentSpanId, attributes }) {
    this.tracer = tracer;
    this.name = name;
    this.traceId = traceId;
    this.spanId = hex(8);
    this.parentSpanId = parentSpanId;
    this.attributes = { ...attributes };
    this.events = [];
    this.status = { code: "unset" };
    this.startTime = performance.now();
    this.endTime = undefined;
  }

  setAttribute(key, value) {
    this.attributes[key] = value;
    return this;
  }

  addEvent(name, attributes = {}) {
    this.events.push({ name, attributes, time: performance.now() });
  }

  setStatus(code, message) {
    this.status = { code, message };
  }

  get durationMs() {
    return (this.endTime ?? performance.now()) - this.startTime;
  }

  end() {
    if (this.endTime !== undefined) return;
    this.endTime = performance.now();
    this.tracer.processor.onEnd(this);
  }
}

/** W3C trace context: `version-traceId-parentId-flags`. */
export function parseTraceparent(header) {
  if (typeof header !== "string") return undefined;
  const [version, traceId, spanId, flags] = header.trim().split("-");
  if (version !== "00" || !traceId || !spanId) return undefined;
  return { traceId, spanId, sampled: flags === "01" };
}

/**
 * Keeps the spans of a trace until its root span ends, then decides: every trace with an error
 * or a slow root is exported, and a small share of the rest.
 */
export class TailSamplingProcessor {
  constructor(exporter, { slowMs = 750, keepRatio = 0.02 } = {}) {
    this.exporter = exporter;
    this.slowMs = slowMs;
    this.keepRatio = keepRatio;
    this.traces = new Map();
    this.kept = 0;
    this.dropped = 0;
  }

  onEnd(span) {
    let trace = this.traces.get(span.traceId);
    if (!trace) {
      trace = { spans: [], error: false, startedAt: Date.now() };
      this.traces.set(span.traceId, trace);
    }
    trace.spans.push(span);
    if (span.status.code === "error") trace.error = true;
    if (span.parentSpanId === undefined) this.#decide(span.traceId, trace, span);
  }

  #decide(traceId, trace, root) {
    this.traces.delete(traceId);
    const keep = trace.error || root.durationMs >= this.slowMs || Math.random() < this.keepRatio;
    if (!keep) {
      this.dropped++;
      return;
    }
    this.kept++;
    this.exporter.export(trace.spans.map(toExported));
  }
}

function toExported(span) {
  return {
    name: span.name,
    traceId: span.traceId,
    spanId: span.spanId,
    parentSpanId: span.parentSpanId,
    durationMs: Math.round(span.durationMs * 1000) / 1000,
    status: span.status,
    attributes: span.attributes,
  };
}

export class Tracer {
  constructor(serviceName, processor) {
    this.serviceName = serviceName;
    this.processor = processor;
  }

  startSpan(name, { parent, remote, attributes } = {}) {
    const traceId = parent?.traceId ?? remote?.traceId ?? hex(16);
    const parentSpanId = parent?.spanId ?? remote?.spanId;
    return new Span(this, name, {
      traceId,
      parentSpanId,
      attributes: { "service.name": this.serviceName, ...attributes },
    });
  }

  async withSpan(name, parent, fn, attributes) {
    const span = this.startSpan(name, { parent, attributes });
    try {
      return await fn(span);
    } catch (err) {
      span.setStatus("error", err.message);
      throw err;
    } finally {
      span.end();
    }
  }
}

export class LogExporter {
  constructor() {
    this.exported = 0;
  }

  export(spans) {
    this.exported += spans.length;
    if (process.env.TRACE_LOG) console.log(JSON.stringify(spans));
  }
}
