import type { Reading } from "./readings.ts";

export interface Alert {
  patientId: string;
  level: "urgent" | "review";
  reading: string;
  raisedAt: string;
}

/** One alert per patient and level within this window; repeat readings would page twice. */
const DEDUPE_MS = 250;
const recentlyRaised = new Map<string, number>();
/** Alerts waiting for the on-call nurse's pager batch. */
const outgoing: Alert[] = [];
const paged: Alert[] = [];
const PAGED_KEPT = 25;

export function assess(patientId: string, r: Reading): Alert | null {
  const level = r.systolic >= 180 || r.diastolic >= 120
    ? "urgent"
    : r.systolic >= 160 || r.diastolic >= 100
    ? "review"
    : null;
  if (!level) return null;
  const key = `${patientId}:${level}`;
  const last = recentlyRaised.get(key);
  if (last !== undefined && Date.now() - last < DEDUPE_MS) return null;
  recentlyRaised.set(key, Date.now());
  const alert: Alert = {
    patientId,
    level,
    reading: `${r.systolic}/${r.diastolic} pulse ${r.pulse}`,
    raisedAt: new Date().toISOString(),
  };
  outgoing.push(alert);
  return alert;
}

function pageBatch(): void {
  const now = Date.now();
  for (const [key, at] of recentlyRaised) {
    if (now - at >= DEDUPE_MS) recentlyRaised.delete(key);
  }
  if (outgoing.length === 0) return;
  paged.push(...outgoing.splice(0));
  if (paged.length > PAGED_KEPT) paged.splice(0, paged.length - PAGED_KEPT);
}

let pager: ReturnType<typeof setTimeout> | undefined;
export function startPager(): void {
  const tick = () => {
    pageBatch();
    pager = setTimeout(tick, 200);
  };
  pager ??= setTimeout(tick, 200);
}

export function recentAlerts(limit: number): Alert[] {
  return paged.slice(-limit).reverse();
}
