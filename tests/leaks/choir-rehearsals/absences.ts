/** Singers' absence requests for rehearsals, approved or declined by the section leader. */

export type AbsenceState = "requested" | "approved" | "declined" | "withdrawn";

const NEXT: Record<AbsenceState, AbsenceState[]> = {
  requested: ["approved", "declined", "withdrawn"],
  approved: [],
  declined: [],
  withdrawn: [],
};

export interface Absence {
  id: string;
  singer: string;
  voice: string;
  rehearsal: string;
  reason: string;
  state: AbsenceState;
  requestedAt: string;
}

/** Requests still waiting for a decision, for the section leaders' inbox. */
const pending = new Map<string, Absence>();

/** Approved absences per rehearsal of the season (a fixed calendar), counted per voice. */
const expected = new Map<string, Record<string, number>>();

export function request(a: Omit<Absence, "state" | "requestedAt">): Absence {
  const absence: Absence = { ...a, state: "requested", requestedAt: new Date().toISOString() };
  pending.set(absence.id, absence);
  return absence;
}

export function decide(id: string, to: AbsenceState): Absence | string {
  const absence = pending.get(id);
  if (!absence) return "no pending request";
  if (!NEXT[absence.state].includes(to)) return `cannot go from ${absence.state} to ${to}`;
  absence.state = to;
  if (NEXT[to].length === 0) pending.delete(id);
  if (to === "approved") {
    const counts = expected.get(absence.rehearsal) ?? {};
    counts[absence.voice] = (counts[absence.voice] ?? 0) + 1;
    expected.set(absence.rehearsal, counts);
  }
  return absence;
}

export function inbox(voice: string): Absence[] {
  return [...pending.values()].filter((a) => a.voice === voice);
}

export function absentAt(rehearsal: string): Record<string, number> {
  return { ...expected.get(rehearsal) };
}
