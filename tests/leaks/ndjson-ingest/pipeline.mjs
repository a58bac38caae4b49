import pump from "pump";
import split2 from "split2";
import through2 from "through2";

const KINDS = new Set(["temperature", "humidity", "co2"]);
const REJECTS_KEPT = 25;

// Running totals per site and sensor (sensors are installed hardware: a fixed, small set).
const sites = new Map();
// The latest rejected lines, for the installers' dashboard.
const rejects = [];

function recordReject(site, line, reason) {
  rejects.push({ site, reason, line: line.slice(0, 120), at: Date.now() });
  if (rejects.length > REJECTS_KEPT) rejects.splice(0, rejects.length - REJECTS_KEPT);
}

function parseLine(line) {
  if (!line.trim()) return undefined;
  try {
    return JSON.parse(line);
  } catch {
    return { invalidJson: line };
  }
}

function validate(site) {
  return through2.obj(function (row, _enc, cb) {
    if (row.invalidJson !== undefined) {
      recordReject(site, row.invalidJson, "invalid JSON");
    } else if (typeof row.sensor !== "string" || !KINDS.has(row.kind)) {
      recordReject(site, JSON.stringify(row), "unknown sensor or kind");
    } else if (!Number.isFinite(row.value)) {
      recordReject(site, JSON.stringify(row), "value is not a number");
    } else {
      this.push({ sensor: row.sensor, kind: row.kind, value: row.value });
    }
    cb();
  });
}

function aggregate(batch) {
  return through2.obj((reading, _enc, cb) => {
    const key = `${reading.sensor}/${reading.kind}`;
    const agg = batch.sensors[key] ??= { n: 0, min: Infinity, max: -Infinity, sum: 0 };
    agg.n++;
    agg.sum += reading.value;
    agg.min = Math.min(agg.min, reading.value);
    agg.max = Math.max(agg.max, reading.value);
    batch.accepted++;
    cb();
  });
}

function fold(site, batch) {
  let totals = sites.get(site);
  if (!totals) {
    totals = { batches: 0, readings: 0, sensors: {} };
    sites.set(site, totals);
  }
  totals.batches++;
  totals.readings += batch.accepted;
  for (const [key, agg] of Object.entries(batch.sensors)) {
    const t = totals.sensors[key] ??= { n: 0, min: Infinity, max: -Infinity, mean: 0 };
    t.mean = (t.mean * t.n + agg.sum) / (t.n + agg.n);
    t.n += agg.n;
    t.min = Math.min(t.min, agg.min);
    t.max = Math.max(t.max, agg.max);
  }
  totals.lastBatchAt = Date.now();
}

/** Streams an NDJSON request body through parsing, validation and aggregation. */
export function ingest(site, body) {
  const batch = { accepted: 0, sensors: {} };
  return new Promise((resolve, reject) => {
    pump(body, split2(parseLine), validate(site), aggregate(batch), (err) => {
      if (err) return reject(err);
      fold(site, batch);
      resolve({ accepted: batch.accepted, sensors: Object.keys(batch.sensors).length });
    });
  });
}

export function siteSummary(site) {
  return sites.get(site);
}

export function recentRejects() {
  return rejects.slice().reverse();
}
