// Today's appointments (v2). Completed ones go to the practice-management history, which keeps
// the medical record; here only the open ones stay, plus a short list for the waiting-room
// screen.
import { invoiceFor } from "./billing.mjs";
import { mirrorV1 } from "./compat-v1.mjs";

const appointments = new Map();
const DONE_SHOWN = 12;
const done = [];

function save(appointment) {
  appointments.set(appointment.id, appointment);
  mirrorV1(appointment);
}

export function book(input) {
  if (appointments.has(input.id)) return { status: 409, error: "appointment exists" };
  const appointment = {
    id: String(input.id),
    patient: {
      name: String(input.patient?.name ?? ""),
      species: String(input.patient?.species ?? "unknown"),
      chipNumber: String(input.patient?.chipNumber ?? ""),
    },
    owner: { name: String(input.owner?.name ?? ""), phone: String(input.owner?.phone ?? "") },
    vet: String(input.vet),
    start: String(input.start),
    reason: String(input.reason ?? ""),
    status: "booked",
  };
  save(appointment);
  return { appointment };
}

export function checkIn(id, weightKg) {
  const appointment = appointments.get(id);
  if (!appointment) return undefined;
  appointment.status = "arrived";
  appointment.weightKg = Number(weightKg) || undefined;
  save(appointment);
  return appointment;
}

export function complete(id, notes, items) {
  const appointment = appointments.get(id);
  if (!appointment) return undefined;
  appointment.invoice = invoiceFor(appointment, items ?? []);
  appointment.notes = String(notes ?? "");
  appointment.status = "completed";
  save(appointment);
  // Handed over to the history; the open list only has today's remaining appointments.
  appointments.delete(id);
  done.push({ id, patient: appointment.patient.name, vet: appointment.vet });
  if (done.length > DONE_SHOWN) done.shift();
  return appointment;
}

export function openFor(vet) {
  return [...appointments.values()].filter((a) => a.vet === vet);
}

export const appointmentStats = () => ({ open: appointments.size, done: done.slice(-3) });
