"use strict";

const { performance, createHistogram } = require("node:perf_hooks");

/** Durations per kind of operation, in microseconds, for /metrics. */
const histograms = new Map();

function histogramFor(kind) {
  let h = histograms.get(kind);
  if (!h) {
    h = createHistogram();
    histograms.set(kind, h);
  }
  return h;
}

/**
 * Runs fn between a performance mark and a measure, so a DevTools recording of the service
 * shows each quote and survey with its details, and records how long it took.
 */
async function timed(kind, id, detail, fn) {
  const label = `${kind} ${id}`;
  // the measure takes the label; its start mark gets a suffix so the timeline doesn't show
  // the two as one entry
  const startMark = `${label}:start`;
  performance.mark(startMark, { detail });
  try {
    return await fn();
  } finally {
    const measure = performance.measure(label, { start: startMark, detail: { kind, id } });
    histogramFor(kind).record(Math.max(1, Math.round(measure.duration * 1000)));
    performance.clearMarks(label);
    performance.clearMeasures(label);
  }
}

function timingsText() {
  const lines = ["# TYPE boiler_quotes_operation_us summary"];
  for (const [kind, h] of histograms) {
    for (const q of [50, 90, 99]) {
      lines.push(
        `boiler_quotes_operation_us{kind="${kind}",quantile="${q / 100}"} ${h.percentile(q)}`,
      );
    }
    lines.push(`boiler_quotes_operation_us_count{kind="${kind}"} ${h.count}`);
  }
  return lines.join("\n") + "\n";
}

module.exports = { timed, timingsText };
