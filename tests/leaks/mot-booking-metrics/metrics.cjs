"use strict";

const BUCKETS_MS = [5, 10, 25, 50, 100, 250, 500, 1000];

/** Request counters and latency histograms by method, route template and status class. */
class HttpMetrics {
  #series = new Map();

  observe(method, route, status, ms) {
    const key = `${method} ${route} ${Math.floor(status / 100)}xx`;
    let s = this.#series.get(key);
    if (!s) {
      s = {
        method,
        route,
        status: `${Math.floor(status / 100)}xx`,
        count: 0,
        sum: 0,
        buckets: new Array(BUCKETS_MS.length + 1).fill(0),
      };
      this.#series.set(key, s);
    }
    s.count++;
    s.sum += ms;
    let i = BUCKETS_MS.findIndex((b) => ms <= b);
    if (i === -1) i = BUCKETS_MS.length;
    s.buckets[i]++;
  }

  expose() {
    const out = [];
    for (const s of this.#series.values()) {
      const labels = `method="${s.method}",route="${s.route}",status="${s.status}"`;
      let cumulative = 0;
      BUCKETS_MS.forEach((b, i) => {
        cumulative += s.buckets[i];
        out.push(`http_request_ms_bucket{${labels},le="${b}"} ${cumulative}`);
      });
      out.push(`http_request_ms_bucket{${labels},le="+Inf"} ${s.count}`);
      out.push(`http_request_ms_sum{${labels}} ${s.sum.toFixed(3)}`);
      out.push(`http_request_ms_count{${labels}} ${s.count}`);
    }
    return out.join("\n") + "\n";
  }
}

module.exports = { HttpMetrics };
