"use strict";

const { Histogram } = require("./histogram.js");

const counters = new Map();

/** Scan latency from the turnstile's request to its open/deny answer. */
const scanDuration = new Histogram(
  "turnstile_scan_duration_seconds",
  "Time from a turnstile's scan request to its answer",
  { labelNames: ["stand"] },
);

function inc(name, labels) {
  const key = `${name}{${Object.entries(labels).map(([k, v]) => `${k}="${v}"`).join(",")}}`;
  counters.set(key, (counters.get(key) ?? 0) + 1);
}

function exposition() {
  const lines = [scanDuration.expose()];
  for (const [key, value] of counters) lines.push(`${key} ${value}`);
  return lines.join("\n") + "\n";
}

module.exports = { scanDuration, inc, exposition };
