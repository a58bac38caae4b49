"use strict";

const { Registry } = require("./lib/metrics.cjs");

const registry = new Registry();
const stageDuration = registry.histogram({
  name: "ingest_stage_duration_ms",
  help: "Time spent per pipeline stage",
  labelNames: ["stage", "source"],
});

const CALIBRATION = {
  "temp-c": { offset: -0.4, scale: 1 },
  "rh-pct": { offset: 1.5, scale: 0.98 },
  "co2-ppm": { offset: 0, scale: 1.02 },
};

const latest = new Map();
const totals = { batches: 0, readings: 0, rejected: 0 };

function parse(batch) {
  const readings = [];
  for (const r of batch.readings ?? []) {
    const value = Number(r.value);
    if (!r.sensor || !CALIBRATION[r.kind] || !Number.isFinite(value)) {
      totals.rejected++;
      continue;
    }
    readings.push({
      sensor: String(r.sensor),
      kind: r.kind,
      value,
      at: Number(r.at) || Date.now(),
    });
  }
  return readings;
}

function calibrate(readings) {
  return readings.map((r) => {
    const c = CALIBRATION[r.kind];
    return { ...r, value: Math.round((r.value * c.scale + c.offset) * 100) / 100 };
  });
}

function store(site, readings) {
  for (const r of readings) {
    latest.set(`${site}/${r.sensor}/${r.kind}`, { value: r.value, at: r.at });
  }
}

function ingest(batch) {
  const source = batch.gateway?.startsWith("lora") ? "lora" : "wifi";
  const site = String(batch.site ?? "unknown");

  let done = stageDuration.startTimer({ stage: "parse", source });
  const readings = parse(batch);
  done();

  done = stageDuration.startTimer({ stage: "calibrate", source });
  const calibrated = calibrate(readings);
  done();

  done = stageDuration.startTimer({ stage: "store", source });
  store(site, calibrated);
  done();

  totals.batches++;
  totals.readings += calibrated.length;
  return { accepted: calibrated.length, rejected: readings.length - calibrated.length };
}

function siteSummary(site) {
  const sensors = {};
  for (const [key, reading] of latest) {
    if (!key.startsWith(`${site}/`)) continue;
    sensors[key.slice(site.length + 1)] = reading;
  }
  return { site, sensors, totals };
}

module.exports = { ingest, siteSummary, registry };
