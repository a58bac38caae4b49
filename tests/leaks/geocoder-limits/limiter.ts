/**
 * Per-key sliding-window limiter. Each key keeps the timestamps of its requests in the last
 * second; the sweep drops keys that have gone quiet so trial keys don't pile up.
 */

export interface Plan {
  name: string;
  perSecond: number;
}

export const PLANS: Record<string, Plan> = {
  trial: { name: "trial", perSecond: 5 },
  standard: { name: "standard", perSecond: 50 },
  enterprise: { name: "enterprise", perSecond: 500 },
};

interface ClientWindow {
  key: string;
  plan: Plan;
  /** epoch ms of the requests inside the window, oldest first */
  hits: number[];
  firstSeen: number;
  blocked: number;
  lastPath: string;
}

export interface Decision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** epoch seconds, for X-RateLimit-Reset */
  reset: number;
}

const WINDOW_MS = 1_000;
const SWEEP_EVERY_MS = 250;

const windows = new Map<string, ClientWindow>();
let sweeps = 0;

export function planFor(key: string): Plan {
  if (key.startsWith("ent_")) return PLANS.enterprise;
  if (key.startsWith("std_")) return PLANS.standard;
  return PLANS.trial;
}

export function hit(key: string, path: string): Decision {
  // wall clock: the reset time goes back to the client
  const now = Date.now();
  let w = windows.get(key);
  if (!w) {
    w = { key, plan: planFor(key), hits: [], firstSeen: now, blocked: 0, lastPath: path };
    windows.set(key, w);
  }
  const cutoff = now - WINDOW_MS;
  while (w.hits.length > 0 && w.hits[0] <= cutoff) w.hits.shift();
  w.lastPath = path;
  const limit = w.plan.perSecond;
  if (w.hits.length >= limit) {
    w.blocked++;
    return {
      allowed: false,
      limit,
      remaining: 0,
      reset: Math.ceil((w.hits[0] + WINDOW_MS) / 1000),
    };
  }
  w.hits.push(now);
  return {
    allowed: true,
    limit,
    remaining: limit - w.hits.length,
    reset: Math.ceil((w.hits[0] + WINDOW_MS) / 1000),
  };
}

export function usage(key: string) {
  const w = windows.get(key);
  if (!w) return { key, plan: planFor(key).name, inWindow: 0, blocked: 0 };
  return {
    key,
    plan: w.plan.name,
    inWindow: w.hits.length,
    blocked: w.blocked,
    since: w.firstSeen,
  };
}

function sweep() {
  const cutoff = performance.now() - WINDOW_MS;
  for (const [key, w] of windows) {
    while (w.hits.length > 0 && w.hits[0] <= cutoff) w.hits.shift();
    if (w.hits.length === 0) windows.delete(key);
  }
  sweeps++;
}

export function limiterStats() {
  return { keys: windows.size, sweeps };
}

setInterval(sweep, SWEEP_EVERY_MS);
