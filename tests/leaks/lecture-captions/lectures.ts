import { Transcript } from "./transcript.ts";

const TIMETABLE: Record<string, string> = {
  "L-101": "Thermodynamics I: the first law",
  "L-204": "Medieval Europe: the Hanseatic towns",
  "L-330": "Organic chemistry: aromatic substitution",
};

const live = new Map<string, Transcript>();

export function lecture(id: string): Transcript | undefined {
  if (!(id in TIMETABLE)) return undefined;
  let t = live.get(id);
  if (!t) live.set(id, t = new Transcript(id, TIMETABLE[id]));
  return t;
}

export function allLive(): Transcript[] {
  return [...live.values()];
}
