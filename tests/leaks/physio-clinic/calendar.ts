import type { Database } from "./db.ts";

// The booking widget's free-slot grid per therapist and day, cached for a minute (it is read
// far more often than it changes) and invalidated when an appointment moves.
const TTL_MS = 60_000;
const DAY_START = 8 * 60;
const DAY_END = 18 * 60;
const SLOT = 30;

interface Grid {
  free: string[];
  builtAt: number;
}

const grids = new Map<string, Grid>();
let builds = 0;

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const toHhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

export function freeSlots(db: Database, therapist: string, day: string): string[] {
  const key = `${therapist}:${day}`;
  const cached = grids.get(key);
  if (cached && Date.now() - cached.builtAt < TTL_MS) return cached.free;
  builds++;
  const busy: [number, number][] = [];
  for (const a of db.appointments.values()) {
    if (a.therapist === therapist && a.day === day) {
      busy.push([toMinutes(a.start), toMinutes(a.start) + a.minutes]);
    }
  }
  const free: string[] = [];
  for (let m = DAY_START; m + SLOT <= DAY_END; m += SLOT) {
    if (!busy.some(([from, to]) => m < to && m + SLOT > from)) free.push(toHhmm(m));
  }
  grids.set(key, { free, builtAt: Date.now() });
  return free;
}

export function invalidate(therapist: string, ...days: string[]) {
  for (const day of days) grids.delete(`${therapist}:${day}`);
}

export const calendarStats = () => ({ grids: grids.size, builds });
