import type { Booking } from "./reservations.ts";

/** Marshalling lanes on the quay: vehicles wait in a lane until the ramp is down. */
export interface Waiting {
  reference: string;
  sailing: string;
  plate: string;
  lengthM: number;
  lane: number;
  checkedInAt: number;
}

const LANES = 6;
const LANE_LENGTH_M = 120;
const lanes: Map<string, Waiting>[] = Array.from({ length: LANES }, () => new Map());
const byReference = new Map<string, Waiting>();

// The last 40 check-ins, for the booth's screen: a fixed ring.
const RECENT = 40;
const recent: (Waiting | undefined)[] = new Array(RECENT);
let next = 0;

function used(lane: Map<string, Waiting>) {
  let m = 0;
  for (const w of lane.values()) m += w.lengthM + 1;
  return m;
}

export function assignLane(booking: Booking, plate: string): Waiting | undefined {
  if (byReference.has(booking.reference)) return byReference.get(booking.reference);
  const lengthM = booking.vehicle.lengthM;
  let best = -1;
  for (let i = 0; i < LANES; i++) {
    const free = LANE_LENGTH_M - used(lanes[i]);
    if (free >= lengthM && (best < 0 || used(lanes[i]) < used(lanes[best]))) best = i;
  }
  if (best < 0) return undefined;
  const w = {
    reference: booking.reference,
    sailing: booking.sailing,
    plate,
    lengthM,
    lane: best + 1,
    checkedInAt: Date.now(),
  };
  lanes[best].set(w.reference, w);
  byReference.set(w.reference, w);
  recent[next] = w;
  next = (next + 1) % RECENT;
  return w;
}

export function board(reference: string): Waiting | undefined {
  const w = byReference.get(reference);
  if (!w) return undefined;
  byReference.delete(reference);
  lanes[w.lane - 1].delete(reference);
  return w;
}

export function laneStatus() {
  return lanes.map((lane, i) => ({ lane: i + 1, vehicles: lane.size, usedM: used(lane) }));
}

export function recentCheckins(limit: number) {
  const out: { reference: string; lane: number; plate: string }[] = [];
  for (let k = 1; k <= RECENT && out.length < limit; k++) {
    const w = recent[(next - k + RECENT) % RECENT];
    if (w) out.push({ reference: w.reference, lane: w.lane, plate: w.plate });
  }
  return out;
}
