export interface Note {
  at: string;
  text: string;
  tags: string[];
}

export interface Visit {
  id: string;
  carer: string;
  client: string;
  plannedStart: string;
  tasks: string[];
  checkedInAt: string;
  checkedOutAt?: string;
  tasksDone: string[];
  notes: Note[];
  mileage?: number;
}

export interface VisitSummary {
  id: string;
  carer: string;
  client: string;
  minutes: number;
  tasksMissed: string[];
  notes: number;
}

export class VisitError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** Visits in progress today, by visit id. */
const active = new Map<string, Visit>();
/** Visits handed to the council's care-record system, newest first (the office screen shows 25). */
const exported: VisitSummary[] = [];
const MAX_EXPORTED = 25;
const totals = { checkIns: 0, notes: 0, checkOuts: 0 };

export interface CheckIn {
  carer?: string;
  client?: string;
  plannedStart?: string;
  tasks?: string[];
}

export function checkIn(id: string, body: CheckIn): Visit {
  if (active.has(id)) throw new VisitError(409, `visit ${id} is already checked in`);
  if (!body.carer || !body.client) throw new VisitError(400, "carer and client are required");
  const visit: Visit = {
    id,
    carer: body.carer,
    client: body.client,
    plannedStart: body.plannedStart ?? new Date().toISOString(),
    tasks: body.tasks ?? [],
    checkedInAt: new Date().toISOString(),
    tasksDone: [],
    notes: [],
  };
  active.set(id, visit);
  totals.checkIns++;
  return visit;
}

export function addNote(id: string, body: { text?: string; tags?: string[] }): Visit {
  const visit = active.get(id);
  if (!visit) throw new VisitError(404, `no visit ${id} in progress`);
  if (!body.text?.trim()) throw new VisitError(400, "empty note");
  visit.notes.push({ at: new Date().toISOString(), text: body.text.trim(), tags: body.tags ?? [] });
  totals.notes++;
  return visit;
}

export function checkOut(
  id: string,
  body: { tasksDone?: string[]; mileage?: number },
): VisitSummary {
  const visit = active.get(id);
  if (!visit) throw new VisitError(404, `no visit ${id} in progress`);
  visit.checkedOutAt = new Date().toISOString();
  visit.tasksDone = body.tasksDone ?? [];
  visit.mileage = body.mileage;
  const summary: VisitSummary = {
    id: visit.id,
    carer: visit.carer,
    client: visit.client,
    minutes: Math.round(
      (Date.parse(visit.checkedOutAt) - Date.parse(visit.checkedInAt)) / 60_000,
    ),
    tasksMissed: visit.tasks.filter((t) => !visit.tasksDone.includes(t)),
    notes: visit.notes.length,
  };
  active.delete(id);
  exported.unshift(summary);
  if (exported.length > MAX_EXPORTED) exported.length = MAX_EXPORTED;
  totals.checkOuts++;
  return summary;
}

export function carerDay(carer: string) {
  return {
    carer,
    inProgress: [...active.values()].filter((v) => v.carer === carer).map((v) => v.id),
    done: exported.filter((s) => s.carer === carer).slice(0, 10),
  };
}

export function visitStats() {
  return { ...totals, inProgress: active.size };
}
