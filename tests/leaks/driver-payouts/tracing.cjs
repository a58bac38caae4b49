"use strict";

// Minimal tracing: spans form a tree under the request's root span; when the root ends, every
// span still open under it (at any depth) is closed and the trace is summarised.

const { randomBytes } = require("node:crypto");
const { performance } = require("node:perf_hooks");

const active = new Map();
const recentTraces = [];
const RECENT_TRACES = 10;

class Span {
  constructor(name, parent) {
    this.id = randomBytes(8).toString("hex");
    this.traceId = parent ? parent.traceId : randomBytes(16).toString("hex");
    this.name = name;
    this.parent = parent;
    this.children = [];
    this.attributes = {};
    this.start = performance.now();
    this.end = null;
    if (parent) parent.children.push(this);
    active.set(this.id, this);
  }

  set(key, value) {
    this.attributes[key] = value;
    return this;
  }

  finish(at = performance.now()) {
    if (this.end !== null) return;
    this.end = at;
    active.delete(this.id);
    if (!this.parent) closeTrace(this);
  }
}

function closeTrace(root) {
  let unfinished = 0;
  const spans = [];
  const walk = (span) => {
    if (span.end === null) {
      unfinished++;
      span.finish(root.end);
    }
    spans.push({ name: span.name, ms: Math.round((span.end - span.start) * 100) / 100 });
    for (const child of span.children) walk(child);
  };
  walk(root);
  recentTraces.unshift({ traceId: root.traceId, spans, unfinished });
  if (recentTraces.length > RECENT_TRACES) recentTraces.pop();
}

function startSpan(name, parent = null) {
  return new Span(name, parent);
}

function tracingStats() {
  return { activeSpans: active.size, recent: recentTraces.slice(0, 3) };
}

module.exports = { startSpan, tracingStats };
