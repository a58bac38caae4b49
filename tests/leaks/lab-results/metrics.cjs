"use strict";

const BUCKETS_MS = [1, 5, 10, 25, 50, 100, 250, 1000];

class RouteMetrics {
  constructor() {
    this.series = new Map();
  }

  observe(method, route, status, ms) {
    const key = `${method} ${route} ${Math.floor(status / 100)}xx`;
    let s = this.series.get(key);
    if (!s) {
      s = { count: 0, sumMs: 0, buckets: new Array(BUCKETS_MS.length + 1).fill(0) };
      this.series.set(key, s);
    }
    s.count++;
    s.sumMs += ms;
    const i = BUCKETS_MS.findIndex((b) => ms <= b);
    s.buckets[i === -1 ? BUCKETS_MS.length : i]++;
  }

  snapshot() {
    return Object.fromEntries(this.series);
  }
}

module.exports = { metrics: new RouteMetrics() };
