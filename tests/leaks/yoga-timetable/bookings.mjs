import { CAPACITY, className, place, roster, week } from "./timetable.mjs";
import { weekdayOf, WEEKDAYS } from "./dates.mjs";

const reservations = new Map();
const stats = { booked: 0, cancelled: 0, attended: 0 };

export function reserve(date, hour, body) {
  const name = className(date, hour);
  if (!name) return { status: 404, body: { error: "no class at that time" } };
  if (reservations.has(body.id)) return { status: 409, body: { error: "duplicate reservation" } };
  if (roster(date, hour).length >= CAPACITY) return { status: 409, body: { error: "class full" } };
  const reservation = {
    id: String(body.id),
    date,
    hour,
    className: name,
    member: { id: String(body.member?.id ?? ""), name: String(body.member?.name ?? "") },
    mat: body.needsMat === true,
    note: String(body.note ?? ""),
    status: "booked",
    createdAt: new Date().toISOString(),
  };
  place(reservation);
  reservations.set(reservation.id, reservation);
  stats.booked++;
  return { status: 201, body: { id: reservation.id, className: name } };
}

/** Takes a reservation out of its timetable slot (cancelled, or checked in at the desk). */
function release(reservation) {
  const cell = week[weekdayOf(reservation.date)][reservation.hour];
  const at = cell.indexOf(reservation);
  if (at !== -1) cell.splice(at, 1);
  reservations.delete(reservation.id);
}

export function cancel(id) {
  const r = reservations.get(id);
  if (!r) return { status: 404, body: { error: "unknown reservation" } };
  r.status = "cancelled";
  release(r);
  stats.cancelled++;
  return { status: 200, body: { id, status: r.status } };
}

export function checkIn(id) {
  const r = reservations.get(id);
  if (!r) return { status: 404, body: { error: "unknown reservation" } };
  r.status = "attended";
  release(r);
  stats.attended++;
  return { status: 200, body: { id, status: r.status } };
}

export function classView(date, hour) {
  const list = roster(date, hour);
  return {
    date,
    weekday: WEEKDAYS[weekdayOf(date)],
    hour,
    className: className(date, hour),
    booked: list.length,
    spaces: CAPACITY - list.length,
    mats: list.filter((r) => r.mat).length,
    stats,
  };
}
