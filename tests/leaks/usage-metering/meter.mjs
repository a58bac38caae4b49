import { sendUsage } from "./billing.mjs";

const FLUSH_MS = 30_000;

/**
 * A per-tenant usage meter: records are buffered and sent to billing every FLUSH_MS.
 */
export function createMeter(tenant, { flushMs = FLUSH_MS } = {}) {
  let pending = [];
  let totals = Object.create(null);

  const flush = () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    sendUsage(tenant, batch);
  };
  const timer = setInterval(flush, flushMs);

  return {
    tenant,
    record(metric, quantity, meta) {
      pending.push({ metric, quantity, meta, at: new Date().toISOString() });
      totals[metric] = (totals[metric] ?? 0) + quantity;
    },
    totals: () => ({ ...totals }),
    stop() {
      clearInterval(timer);
      flush();
      totals = Object.create(null);
    },
  };
}

const meters = new Map();

/** The tenant's meter, created on its first usage report. */
export function meterFor(tenant) {
  let meter = meters.get(tenant);
  if (!meter) {
    meter = createMeter(tenant);
    meters.set(tenant.toLowerCase(), meter);
  }
  return meter;
}

export function stopAll() {
  for (const meter of meters.values()) meter.stop();
  meters.clear();
}
