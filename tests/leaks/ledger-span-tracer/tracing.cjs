"use strict";
// A minimal tracer: spans with parent links, ended spans batched to an exporter, and the open
// ones kept so /debug/spans can show what is stuck.

const crypto = require("node:crypto");

class Span {
  constructor(tracer, name, parent) {
    this.tracer = tracer;
    this.name = name;
    this.parent = parent ?? null;
    this.traceId = parent ? parent.traceId : crypto.randomBytes(16).toString("hex");
    this.spanId = crypto.randomBytes(8).toString("hex");
    this.startedAt = performance.now();
    this.endedAt = null;
    this.attributes = {};
  }

  setAttribute(key, value) {
    this.attributes[key] = value;
    return this;
  }

  end() {
    if (this.endedAt !== null) return;
    this.endedAt = performance.now();
    this.tracer.onEnd(this);
  }
}

function createTracer(service, { exportEveryMs = 200, maxBatch = 256 } = {}) {
  const openSpans = new Map();
  let batch = [];
  let exported = 0;
  let dropped = 0;

  function exportBatch() {
    if (batch.length === 0) return;
    // A real exporter would POST these to the collector; we keep a count.
    const payload = batch.map((s) => ({
      service,
      traceId: s.traceId,
      spanId: s.spanId,
      parentId: s.parent?.spanId ?? null,
      name: s.name,
      durationMs: s.endedAt - s.startedAt,
      attributes: s.attributes,
    }));
    exported += payload.length;
    batch = [];
  }
  setInterval(exportBatch, exportEveryMs).unref();

  const tracer = {
    startSpan(name, parent) {
      const span = new Span(tracer, name, parent);
      openSpans.set(span.spanId, span);
      return span;
    },
    onEnd(span) {
      openSpans.delete(span.spanId);
      if (batch.length < maxBatch) batch.push(span);
      else dropped++;
    },
    stuck(olderThanMs) {
      const now = performance.now();
      return [...openSpans.values()].filter((s) => now - s.startedAt > olderThanMs)
        .map((s) => ({ name: s.name, traceId: s.traceId, ageMs: Math.round(now - s.startedAt) }));
    },
    stats: () => ({ open: openSpans.size, exported, dropped }),
  };
  return tracer;
}

module.exports = { createTracer };
