import type { Boat } from "./flight.ts";

export interface Passage {
  indexNumber: string;
  name: string;
  direction: string;
  waitedSeconds: number;
  at: string;
}

const RING_SIZE = 50;
const ring: (Passage | undefined)[] = new Array(RING_SIZE);
let next = 0;
let total = 0;

export function logPassage(boat: Boat): Passage {
  const passage = {
    indexNumber: boat.indexNumber,
    name: boat.name,
    direction: boat.direction,
    waitedSeconds: Math.round((Date.now() - boat.arrivedAt) / 1000),
    at: new Date().toISOString(),
  };
  ring[next] = passage;
  next = (next + 1) % RING_SIZE;
  total++;
  return passage;
}

export function recentPassages(limit = 10): Passage[] {
  const out: Passage[] = [];
  for (let k = 1; k <= RING_SIZE && out.length < limit; k++) {
    const p = ring[(next - k + RING_SIZE) % RING_SIZE];
    if (p) out.push(p);
  }
  return out;
}

export function passageCount() {
  return total;
}
