"use strict";
// Per-route request metrics for the /metrics page: a latency histogram per "METHOD route".
// Recorded after the response has gone out (on 'finish', deferred with process.nextTick) so
// the bookkeeping never delays a reply.

const BUCKETS_MS = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500];

class RouteStats {
  constructor(method, route) {
    this.method = method;
    this.route = route;
    this.count = 0;
    this.errors = 0;
    this.sumMs = 0;
    this.maxMs = 0;
    this.buckets = new Uint32Array(BUCKETS_MS.length + 1);
    this.lastStatus = 0;
    this.lastAt = 0;
  }

  observe(ms, status) {
    this.count++;
    if (status >= 500) this.errors++;
    this.sumMs += ms;
    if (ms > this.maxMs) this.maxMs = ms;
    let b = BUCKETS_MS.findIndex((limit) => ms <= limit);
    if (b < 0) b = BUCKETS_MS.length;
    this.buckets[b]++;
    this.lastStatus = status;
    this.lastAt = Date.now();
  }
}

// Collapse ids so that /patients/1234/notes is counted as /patients/:id/notes.
function routeOf(pathname) {
  return pathname
    .replace(/\/\d+(?=\/|$)/g, "/:id")
    .replace(/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?=\/|$)/gi, "/:uuid");
}

class HttpMetrics {
  constructor() {
    this.routes = new Map();
    this.startedAt = Date.now();
  }

  track(req, res) {
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const pathname = (req.url ?? "/").split("?")[0];
      const method = req.method;
      const status = res.statusCode;
      process.nextTick(() => this.record(method, routeOf(pathname), ms, status));
    });
  }

  record(method, route, ms, status) {
    const key = method + " " + route;
    let stats = this.routes.get(key);
    if (!stats) {
      stats = new RouteStats(method, route);
      this.routes.set(key, stats);
    }
    stats.observe(ms, status);
  }

  render() {
    const lines = [];
    for (const s of this.routes.values()) {
      const labels = `method="${s.method}",route="${s.route}"`;
      lines.push(`http_requests_total{${labels}} ${s.count}`);
      lines.push(`http_request_errors_total{${labels}} ${s.errors}`);
      lines.push(`http_request_ms_sum{${labels}} ${s.sumMs.toFixed(3)}`);
    }
    return lines.join("\n") + "\n";
  }
}

module.exports = { HttpMetrics };
