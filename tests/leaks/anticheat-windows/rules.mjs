import { WindowCounters } from "./windows.mjs";

/** Per second: what a human on a 240 Hz monitor cannot do. */
const LIMITS = { shots: 20, inputs: 60, headshots: 8 };
const RECENT_FLAGS = 100;

const counters = new WindowCounters(1000);
const flags = [];

export function inspect(report) {
  const hits = [];
  for (const [metric, limit] of Object.entries(LIMITS)) {
    const n = Number(report[metric] ?? 0);
    if (!n) continue;
    const total = counters.add(report.player, metric, n);
    if (total > limit) hits.push({ metric, total, limit });
  }
  if (report.shots > 0 && report.headshots / report.shots > 0.85 && report.shots >= 5) {
    hits.push({ metric: "headshotRatio", total: report.headshots / report.shots, limit: 0.85 });
  }
  if (hits.length) {
    flags.push({ player: report.player, match: report.match, hits, at: new Date().toISOString() });
    if (flags.length > RECENT_FLAGS) flags.splice(0, flags.length - RECENT_FLAGS);
  }
  return hits;
}

export function recentFlags(limit = 20) {
  return flags.slice(-limit);
}

export function counterCount() {
  return counters.size;
}
