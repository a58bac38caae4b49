import { type LiftPass, PassError } from "./passes.ts";

export const LIFTS = ["gondola-1", "sesselbahn-nord", "kinderlift", "glacier-express", "t-bar-3"];

interface Scan {
  lift: string;
  pass: string;
  at: number;
  allowed: boolean;
}

/** The last scans across all gates, for the liftie's tablet (a ring, oldest overwritten). */
const SCAN_RING = 64;
const scans: (Scan | undefined)[] = new Array(SCAN_RING);
let next = 0;

/** Per lift: rides today and a smoothed gap between scans (a proxy for the queue). */
const liftStats = new Map(
  LIFTS.map((lift) => [lift, { rides: 0, refused: 0, lastScanAt: 0, gapMs: 0 }]),
);

export function scan(lift: string, pass: LiftPass | undefined, at = new Date()): Scan {
  const stats = liftStats.get(lift);
  if (!stats) throw new PassError(404, `unknown lift ${lift}`);
  const allowed = pass !== undefined && pass.validOn(lift, at);
  const entry: Scan = { lift, pass: pass?.number ?? "unknown", at: at.getTime(), allowed };
  scans[next] = entry;
  next = (next + 1) % SCAN_RING;
  if (allowed) {
    pass!.ride(lift);
    stats.rides++;
    if (stats.lastScanAt) {
      const gap = entry.at - stats.lastScanAt;
      stats.gapMs = stats.gapMs ? Math.round(stats.gapMs * 0.9 + gap * 0.1) : gap;
    }
    stats.lastScanAt = entry.at;
  } else {
    stats.refused++;
  }
  return entry;
}

export function liftBoard() {
  return LIFTS.map((lift) => {
    const s = liftStats.get(lift)!;
    return { lift, rides: s.rides, refused: s.refused, secondsBetweenRiders: s.gapMs / 1000 };
  });
}

export function recentScans(n: number): Scan[] {
  const out: Scan[] = [];
  for (let k = 1; k <= Math.min(n, SCAN_RING); k++) {
    const s = scans[(next - k + SCAN_RING) % SCAN_RING];
    if (s) out.push(s);
  }
  return out;
}
