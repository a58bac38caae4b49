import { findSchool, PLANS } from "./schools.mjs";

/**
 * Usage metering: counters per school for the current billing period, written to the billing
 * ledger in the background so that requests never wait on it.
 */
const meters = new Map();
const pendingMeters = new Set();
const ledger = { writes: 0, lastWriteAt: 0, totals: Object.create(null) };

function period(date = new Date()) {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}

export function record(school, metric, amount, actor) {
  let meter = meters.get(school.id);
  if (!meter) {
    meter = {
      schoolId: school.id,
      plan: school.plan,
      period: period(),
      billTo: { ...school.billing },
      counters: { api_calls: 0, learners: 0, storage_mb: 0, export_bytes: 0 },
      recent: [],
      openedAt: Date.now(),
    };
    meters.set(school.id, meter);
  }
  meter.counters[metric] = (meter.counters[metric] ?? 0) + amount;
  meter.recent.push({ metric, amount, actor, at: new Date().toISOString() });
  if (meter.recent.length > 10) meter.recent.shift();
  pendingMeters.add(meter);
}

/** Drops a school's meter once it has left the platform. */
export function forget(schoolId) {
  meters.delete(schoolId);
}

function writeToLedger(meter) {
  const rate = PLANS[meter.plan].pricePerLearner;
  for (const [metric, value] of Object.entries(meter.counters)) {
    ledger.totals[metric] = (ledger.totals[metric] ?? 0) + value;
  }
  ledger.writes++;
  ledger.lastWriteAt = Date.now();
  meter.recent.length = 0;
  return meter.counters.learners * rate;
}

function flush() {
  for (const meter of pendingMeters) {
    // a school that has left gets its final invoice from the offboarding run, not from here
    if (!findSchool(meter.schoolId)) continue;
    writeToLedger(meter);
    pendingMeters.delete(meter);
  }
}

setInterval(flush, 200).unref();

export function usageOf(schoolId) {
  const meter = meters.get(schoolId);
  return meter ? { period: meter.period, counters: meter.counters } : null;
}

export function meteringStats() {
  return { meters: meters.size, pending: pendingMeters.size, ledger };
}
