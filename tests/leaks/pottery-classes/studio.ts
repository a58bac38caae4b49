/** The studio's timetable: sessions with a number of wheels, and what the kiln will take. */

export interface Session {
  id: string;
  title: string;
  wheels: number;
  taken: number;
  clayKg: number;
}

const KILN_CAPACITY_KG = 250;

const sessions = new Map<string, Session>([
  ["sat-am", { id: "sat-am", title: "Saturday wheel basics", wheels: 90, taken: 0, clayKg: 0 }],
  ["sat-pm", { id: "sat-pm", title: "Saturday open studio", wheels: 90, taken: 0, clayKg: 0 }],
  ["sun-am", { id: "sun-am", title: "Sunday hand-building", wheels: 90, taken: 0, clayKg: 0 }],
]);

export function findSession(id: string): Session | undefined {
  return sessions.get(id);
}

export function reserve(session: Session, seats: number, clayKg: number): boolean {
  if (session.taken + seats > session.wheels) return false;
  if (session.clayKg + clayKg > KILN_CAPACITY_KG) return false;
  session.taken += seats;
  session.clayKg += clayKg;
  return true;
}

export function release(session: Session, seats: number, clayKg: number): void {
  session.taken = Math.max(0, session.taken - seats);
  session.clayKg = Math.max(0, session.clayKg - clayKg);
}

export function timetable(): Session[] {
  return [...sessions.values()];
}
