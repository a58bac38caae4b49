import { freeSlots, invalidate } from "./calendar.ts";
import type { Appointment, Database } from "./db.ts";

export const THERAPISTS = new Set(["lotte", "ravi", "ingrid"]);

export interface BookRequest {
  id: string;
  patient: string;
  therapist: string;
  day: string;
  /** The earliest start the patient can make (default: the first slot of the day). */
  after?: string;
  minutes?: number;
  reason?: string;
}

/** Books the first free slot at or after `after`; undefined when the day is full. */
export function book(db: Database, body: BookRequest): Promise<Appointment | undefined> {
  return db.transaction((tx) => {
    if (db.appointments.has(body.id)) throw new Error(`appointment ${body.id} exists`);
    const start = freeSlots(db, body.therapist, body.day).find((s) => s >= (body.after ?? ""));
    if (!start) return Promise.resolve(undefined);
    const appt: Appointment = {
      id: body.id,
      patient: body.patient,
      therapist: body.therapist,
      clinic: "utrecht-centrum",
      day: body.day,
      start,
      minutes: body.minutes ?? 30,
      reason: body.reason ?? "",
      notes: [],
    };
    tx.write(() => db.appointments.set(appt.id, appt));
    db.onCommit(() => invalidate(appt.therapist, appt.day), tx);
    return Promise.resolve(appt);
  });
}

// A move is one UPDATE, so it runs without a transaction of its own.
export function reschedule(db: Database, appt: Appointment, day: string, start: string) {
  const before = { ...appt, notes: undefined };
  db.autocommit.write(() => Object.assign(appt, { day, start }));
  db.onCommit(() => invalidate(before.therapist, before.day, day));
  return { from: `${before.day} ${before.start}`, to: `${day} ${start}` };
}

export function addNote(db: Database, appt: Appointment, by: string, text: string) {
  const note = { at: Date.now(), by, text };
  db.autocommit.write(() => appt.notes.push(note));
  db.onCommit(() => {
    if (note.text.toLowerCase().includes("discharge")) invalidate(appt.therapist, appt.day);
  });
  return note;
}

export function cancel(db: Database, appt: Appointment): Promise<void> {
  return db.transaction((tx) => {
    tx.write(() => db.appointments.delete(appt.id));
    db.onCommit(() => invalidate(appt.therapist, appt.day), tx);
    return Promise.resolve();
  });
}
