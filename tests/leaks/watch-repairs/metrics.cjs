"use strict";

const BOUNDS = [0.005, 0.025, 0.1, 0.5, Infinity];

/** Request latency per route template, with the latest exemplar per bucket (OpenMetrics). */
const series = new Map();

function observe(route, seconds, traceId) {
  let s = series.get(route);
  if (!s) {
    s = { count: 0, sum: 0, buckets: BOUNDS.map((le) => ({ le, count: 0, exemplar: null })) };
    series.set(route, s);
  }
  s.count++;
  s.sum += seconds;
  const bucket = s.buckets.find((b) => seconds <= b.le);
  bucket.count++;
  bucket.exemplar = { traceId, value: seconds, at: Date.now() };
}

function render() {
  const lines = ["# TYPE http_request_duration_seconds histogram"];
  for (const [route, s] of series) {
    let cumulative = 0;
    for (const b of s.buckets) {
      cumulative += b.count;
      const le = b.le === Infinity ? "+Inf" : b.le;
      const ex = b.exemplar ? ` # {trace_id="${b.exemplar.traceId}"} ${b.exemplar.value}` : "";
      lines.push(
        `http_request_duration_seconds_bucket{route="${route}",le="${le}"} ${cumulative}${ex}`,
      );
    }
    lines.push(`http_request_duration_seconds_count{route="${route}"} ${s.count}`);
  }
  return lines.join("\n") + "\n";
}

module.exports = { observe, render };
