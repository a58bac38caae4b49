// The yard board: what the gate clerks and the dock planner see, and the housekeeping that runs
// on yard events.

import {
  Appointment,
  type AppointmentInit,
  BookingError,
  DockAppointment,
  YardAppointment,
} from "./appointments.ts";
import { YardEvents } from "./events.ts";

export const yardEvents = new YardEvents<{
  booked: Appointment;
  arrived: Appointment;
  departed: Appointment;
  "no-show": Appointment;
}>();

const YARD_SPOTS = 40;
const spotOf = new WeakMap<Appointment, number>();
const counters = { booked: 0, arrived: 0, departed: 0, noShows: 0 };

export function book(kind: string, init: AppointmentInit): Appointment {
  const appointment = kind === "yard"
    ? new YardAppointment(init)
    : kind === "dock"
    ? new DockAppointment(init)
    : undefined;
  if (!appointment) throw new BookingError(422, 'kind must be "dock" or "yard"');
  yardEvents.emit("booked", appointment);
  return appointment;
}

/** Yard spots are taken by trailers that are on site; a departed trailer's spot is free. */
function freeYardSpot(): number {
  const taken = new Set<number>();
  for (const a of Appointment.onBoard()) {
    const spot = spotOf.get(a);
    if (spot !== undefined && a.status === "arrived") taken.add(spot);
  }
  for (let spot = 1; spot <= YARD_SPOTS; spot++) if (!taken.has(spot)) return spot;
  throw new BookingError(409, "yard is full");
}

export function changeStatus(appointment: Appointment, body: Record<string, unknown>) {
  switch (body.status) {
    case "arrived":
      appointment.arrive(String(body.gate ?? "north"));
      if (appointment.kind === "yard") spotOf.set(appointment, freeYardSpot());
      yardEvents.emit("arrived", appointment);
      break;
    case "departed":
      appointment.depart(body.seal ? String(body.seal) : undefined);
      yardEvents.emit("departed", appointment);
      break;
    case "no-show":
      appointment.markNoShow();
      yardEvents.emit("no-show", appointment);
      break;
    default:
      throw new BookingError(422, "status must be arrived, departed or no-show");
  }
  return appointment;
}

yardEvents.on("booked", () => counters.booked++);
yardEvents.on("arrived", () => counters.arrived++);
yardEvents.on("departed", () => counters.departed++);
yardEvents.on("no-show", () => counters.noShows++);

// Off the board once the truck has left, on its own class so the kind's hook runs.
function releaseFromBoard(reason: "departed" | "no-show") {
  return (appointment: Appointment) => {
    const kind = appointment.kind === "yard" ? YardAppointment : DockAppointment;
    kind.release(appointment.ref, reason);
  };
}
yardEvents.on("departed", releaseFromBoard("departed"));
yardEvents.on("no-show", releaseFromBoard("no-show"));

export function boardView(day?: string) {
  const rows = Appointment.onBoard()
    .filter((a) => a.status === "booked" || a.status === "arrived")
    .filter((a) => !day || a.slotStart.toISOString().startsWith(day))
    .sort((a, b) => a.slotStart.getTime() - b.slotStart.getTime())
    .slice(0, 100)
    .map((a) => ({
      ...a.summary(),
      door: a instanceof DockAppointment ? a.door : undefined,
      spot: spotOf.get(a),
    }));
  const turns = DockAppointment.turnMinutes;
  return {
    rows,
    counters,
    avgDockTurnMinutes: turns.length
      ? Math.round(turns.reduce((s, m) => s + m, 0) / turns.length * 10) / 10
      : null,
    recentGateLog: YardAppointment.gateLog.slice(-10),
    listenerFailures: yardEvents.failures,
  };
}
