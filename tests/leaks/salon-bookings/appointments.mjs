import { TimerWheel } from "./wheel.mjs";

export class BookingError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export const STYLISTS = {
  noor: { name: "Noor", services: ["cut", "colour", "blowdry"] },
  jesse: { name: "Jesse", services: ["cut", "beard"] },
  lotte: { name: "Lotte", services: ["cut", "colour", "highlights"] },
};
const DURATION = { cut: 30, colour: 90, blowdry: 30, beard: 20, highlights: 120 };
const OPEN_HOUR = 9;
const CLOSE_HOUR = 18;
const REMIND_BEFORE = 60 * 60_000;

const appointments = new Map();
const outbox = [];
export const stats = { reminders: 0 };

const reminders = new TimerWheel(({ appointment }) => {
  stats.reminders++;
  outbox.unshift({
    to: appointment.client.phone,
    text: `${STYLISTS[appointment.stylist].name} verwacht je om ${
      new Date(appointment.start).toISOString().slice(11, 16)
    } voor ${appointment.service}.`,
  });
  outbox.length = Math.min(outbox.length, 20);
});

function freeSlot(stylist, day, minutes) {
  const taken = [...appointments.values()].filter((a) => a.stylist === stylist && a.day === day);
  for (let t = Date.parse(`${day}T0${OPEN_HOUR}:00:00Z`);; t += 15 * 60_000) {
    const end = t + minutes * 60_000;
    if (new Date(end).getUTCHours() >= CLOSE_HOUR) throw new BookingError(409, `${day} is full`);
    if (taken.every((a) => end <= a.start || t >= a.end)) return t;
  }
}

export function book({ ref, stylist, service, day, walkIn, client }) {
  if (!STYLISTS[stylist]?.services.includes(service)) {
    throw new BookingError(422, "no such service");
  }
  if (typeof ref !== "string" || appointments.has(ref)) throw new BookingError(409, "ref taken");
  if (!client?.phone) throw new BookingError(422, "client phone is required");
  const minutes = DURATION[service];
  const start = walkIn ? Date.now() : freeSlot(stylist, day, minutes);
  const appointment = {
    ref,
    stylist,
    service,
    day: walkIn ? "walk-in" : day,
    start,
    end: start + minutes * 60_000,
    client: { name: String(client.name ?? ""), phone: String(client.phone) },
  };
  appointment.reminder = reminders.schedule(start - REMIND_BEFORE, { appointment });
  appointments.set(ref, appointment);
  return appointment;
}

function take(ref) {
  const appointment = appointments.get(ref);
  if (!appointment) throw new BookingError(404, `no appointment ${ref}`);
  reminders.cancel(appointment.reminder);
  appointments.delete(ref);
  return appointment;
}

export const complete = (ref) => ({ ref: take(ref).ref, status: "completed" });
export const cancel = (ref) => ({ ref: take(ref).ref, status: "cancelled" });

export function dayOf(stylist, day) {
  return [...appointments.values()]
    .filter((a) => a.stylist === stylist && a.day === day)
    .sort((a, b) => a.start - b.start);
}

export const recentTexts = () => outbox.slice(0, 5);
