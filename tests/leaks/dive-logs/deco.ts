import type { ComputerSettings } from "./settings.ts";

// ZHL-16C nitrogen compartments (half-time min, a, b): the fast ones set no-stop limits.
const COMPARTMENTS: [number, number, number][] = [
  [5.0, 1.1696, 0.5578],
  [8.0, 1.0, 0.6514],
  [12.5, 0.8618, 0.7222],
  [18.5, 0.7562, 0.7825],
  [27.0, 0.62, 0.8126],
  [38.3, 0.5043, 0.8434],
];

const WATER_VAPOUR = 0.0627;

function ambient(depthM: number, salinity: ComputerSettings["salinity"]): number {
  return 1.013 + depthM / (salinity === "salt" ? 10.0 : 10.3);
}

/** Minutes at depth before any compartment crosses its gradient-factor-adjusted limit. */
export function noStopLimit(depthM: number, o2Pct: number, s: ComputerSettings): number {
  const fN2 = 1 - o2Pct / 100;
  const inspired = (ambient(depthM, s.salinity) - WATER_VAPOUR) * fN2;
  const surface = (1.013 - WATER_VAPOUR) * 0.79;
  const gf = s.gfHigh / 100;
  let limit = 999;
  for (const [half, a, b] of COMPARTMENTS) {
    const mValue = 1.013 / b + a;
    const allowed = surface + gf * (mValue - surface);
    if (inspired <= allowed) continue;
    const k = Math.log(2) / half;
    const t = -Math.log((inspired - allowed) / (inspired - surface)) / k;
    limit = Math.min(limit, Math.floor(t));
  }
  return limit;
}

export function maxOperatingDepth(o2Pct: number, s: ComputerSettings): number {
  const bar = s.ppo2Max / (o2Pct / 100);
  return Math.floor((bar - 1.013) * (s.salinity === "salt" ? 10.0 : 10.3) * 10) / 10;
}
