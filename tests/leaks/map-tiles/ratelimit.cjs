"use strict";

/**
 * Fixed one-second windows per tenant and client device. Windows are swept now and then so
 * clients that went away do not keep theirs.
 */

const WINDOW_MS = 1_000;
const SWEEP_EVERY = 64;

const rateWindows = new Map();
let checks = 0;

function sweep(now) {
  for (const key in rateWindows) {
    if (rateWindows.get(key).resetAt <= now) rateWindows.delete(key);
  }
}

function checkRate(tenant, clientId, meta) {
  const now = Date.now();
  if (++checks % SWEEP_EVERY === 0) sweep(now);

  const key = `${tenant.id}:${clientId}`;
  let window = rateWindows.get(key);
  if (!window || window.resetAt <= now) {
    window = {
      tenant: tenant.id,
      clientId,
      count: 0,
      resetAt: now + WINDOW_MS,
      openedAt: new Date(now).toISOString(),
      userAgent: meta.userAgent,
      ip: meta.ip,
    };
    rateWindows.set(key, window);
  }
  window.count++;
  const limit = tenant.plan.perSecond;
  return {
    allowed: window.count <= limit,
    limit,
    remaining: Math.max(0, limit - window.count),
    resetSeconds: Math.ceil((window.resetAt - now) / 1000),
  };
}

function rateStats() {
  return { windows: rateWindows.size, checks };
}

module.exports = { checkRate, rateStats };
