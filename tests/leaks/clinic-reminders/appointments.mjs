import { Scheduler } from "./scheduler.mjs";
import { sendSms } from "./sms.mjs";

const HOUR = 60 * 60 * 1000;
const REMINDER_LEAD = 24 * HOUR;

const CLINICIANS = new Map([
  ["dr-visser", { name: "Dr. A. Visser", clinic: "Oosterpark Huisartsen", room: "2.14" }],
  ["dr-bakker", { name: "Dr. M. Bakker", clinic: "Oosterpark Huisartsen", room: "1.03" }],
  ["physio-de-jong", { name: "S. de Jong", clinic: "FysioPlus Centrum", room: "B" }],
]);

const appointments = new Map();

const scheduler = new Scheduler({ tickMs: 5_000, maxAttempts: 4, backoffMs: 60_000 });
scheduler.handle("sms.reminder", (payload) => sendSms(payload));
scheduler.start();

const dateFormat = new Intl.DateTimeFormat("nl-NL", {
  weekday: "long",
  day: "numeric",
  month: "long",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Amsterdam",
});

export function validateBooking(body) {
  if (!body || typeof body !== "object") return "body must be a JSON object";
  if (typeof body.reference !== "string" || !/^[\w-]{3,64}$/.test(body.reference)) {
    return "reference is required";
  }
  if (typeof body.patient !== "string" || body.patient.length < 2) return "patient is required";
  if (typeof body.phone !== "string" || !/^\+\d{8,15}$/.test(body.phone.replaceAll(" ", ""))) {
    return "phone must be in international format";
  }
  if (!CLINICIANS.has(body.clinician)) return "unknown clinician";
  if (Number.isNaN(Date.parse(body.startsAt))) return "startsAt must be an ISO date";
  return null;
}

export function bookAppointment(body) {
  if (appointments.has(body.reference)) return null;
  const clinician = CLINICIANS.get(body.clinician);
  const startsAt = Date.parse(body.startsAt);
  const appointment = {
    id: body.reference,
    patient: body.patient,
    phone: body.phone.replaceAll(" ", ""),
    clinician: body.clinician,
    reason: body.reason ?? null,
    startsAt,
    status: "booked",
    bookedAt: new Date().toISOString(),
    reminderJob: null,
  };
  if (startsAt - REMINDER_LEAD > Date.now()) {
    appointment.reminderJob = scheduler.schedule(startsAt - REMINDER_LEAD, "sms.reminder", {
      to: appointment.phone,
      appointment: appointment.id,
      text:
        `Beste ${appointment.patient}, herinnering: u heeft ${
          dateFormat.format(startsAt)
        } een afspraak bij ${clinician.name} (${clinician.clinic}, kamer ${clinician.room}). ` +
        `Verhinderd? Antwoord ANNULEER of bel 020-555 0142.`,
    });
  }
  appointments.set(appointment.id, appointment);
  return appointment;
}

export function cancelAppointment(id, reason) {
  const appointment = appointments.get(id);
  if (!appointment) return null;
  if (appointment.reminderJob) scheduler.cancel(appointment.reminderJob);
  appointments.delete(id);
  return { ...appointment, status: "cancelled", cancelReason: reason ?? null };
}

export function getAppointment(id) {
  const appointment = appointments.get(id);
  if (!appointment) return null;
  return {
    ...appointment,
    reminder: appointment.reminderJob && scheduler.get(appointment.reminderJob),
  };
}

export function stats() {
  return { appointments: appointments.size, reminders: scheduler.stats() };
}
