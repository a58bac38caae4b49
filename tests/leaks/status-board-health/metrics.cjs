"use strict";
// Request latency per route template and status, in fixed buckets.
const { performance } = require("node:perf_hooks");

const BUCKETS_MS = [1, 2, 5, 10, 25, 50, 100, 250, 1000];

class RouteLatency {
  constructor() {
    this.byRoute = new Map();
  }

  observe(route, status, ms) {
    const key = `${route} ${status}`;
    let s = this.byRoute.get(key);
    if (!s) {
      s = { counts: new Array(BUCKETS_MS.length + 1).fill(0), count: 0, sumMs: 0 };
      this.byRoute.set(key, s);
    }
    const i = BUCKETS_MS.findIndex((le) => ms <= le);
    s.counts[i < 0 ? BUCKETS_MS.length : i]++;
    s.count++;
    s.sumMs += ms;
  }

  snapshot() {
    return Object.fromEntries(
      [...this.byRoute].map(([key, s]) => [key, { count: s.count, meanMs: s.sumMs / s.count }]),
    );
  }
}

// Times one request step with marks that are cleared once measured.
function timeStep(requestId, step, fn) {
  const start = `${requestId}:${step}:start`;
  const end = `${requestId}:${step}:end`;
  performance.mark(start);
  try {
    return fn();
  } finally {
    performance.mark(end);
    const m = performance.measure(`${requestId}:${step}`, start, end);
    performance.clearMarks(start);
    performance.clearMarks(end);
    performance.clearMeasures(m.name);
  }
}

module.exports = { RouteLatency, timeStep };
