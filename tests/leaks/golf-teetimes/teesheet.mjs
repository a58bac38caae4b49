import { withSpan } from "./tracing.mjs";

export class BookingError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const COURSES = {
  championship: { name: "Championship (18 holes)", first: "07:00", last: "16:00", gapMin: 10 },
  heathland: { name: "Heathland (9 holes)", first: "08:00", last: "17:30", gapMin: 8 },
};
const MAX_PLAYERS = 4;

/** Tee sheets by `${course}|${date}`, each a Map of "HH:MM" → booking refs in that slot. */
const sheets = new Map();
/** Bookings by ref. */
const bookings = new Map();
let nextRef = 1000;

function toMinutes(hhmm) {
  const [h, m] = hhmm.split(":").map(Number);
  return h * 60 + m;
}

function toHHMM(minutes) {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${
    String(minutes % 60).padStart(2, "0")
  }`;
}

function sheetFor(course, date) {
  const c = COURSES[course];
  if (!c) throw new BookingError(404, `no course ${course}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date ?? "")) {
    throw new BookingError(400, "date must be YYYY-MM-DD");
  }
  const key = `${course}|${date}`;
  let sheet = sheets.get(key);
  if (!sheet) {
    sheet = new Map();
    for (let t = toMinutes(c.first); t <= toMinutes(c.last); t += c.gapMin) {
      sheet.set(toHHMM(t), []);
    }
    sheets.set(key, sheet);
  }
  return sheet;
}

function playersIn(slot) {
  return slot.reduce((n, ref) => n + (bookings.get(ref)?.players.length ?? 0), 0);
}

export function teeSheet(course, date) {
  return withSpan("teesheet.read", { course, date }, () => {
    const sheet = sheetFor(course, date);
    return [...sheet].map(([time, refs]) => ({
      time,
      free: MAX_PLAYERS - playersIn(refs),
      groups: refs.length,
    }));
  });
}

/** Books the first tee time at or after `time` (or `after`) with room for the players. */
export function book({ ref: appRef, course, date, time, after, players, member }) {
  return withSpan("teesheet.book", { course, date, time: time ?? after }, (span) => {
    const sheet = sheetFor(course, date);
    if (!Array.isArray(players) || players.length === 0) {
      throw new BookingError(400, "a booking needs players");
    }
    if (time && !sheet.has(time)) throw new BookingError(400, `no tee time ${time} on ${course}`);
    const from = time ?? after ?? "00:00";
    const exact = Boolean(time);
    let slotTime = null;
    for (const [t, refs] of sheet) {
      if (t < from) continue;
      if (playersIn(refs) + players.length <= MAX_PLAYERS) {
        slotTime = t;
        break;
      }
      if (exact) break;
    }
    if (!slotTime) throw new BookingError(409, `no room for ${players.length} from ${from}`);
    const slot = sheet.get(slotTime);
    // the member app books offline too, so it names its bookings; the kiosk leaves it to us
    const ref = appRef ? String(appRef) : `TT${nextRef++}`;
    if (bookings.has(ref)) throw new BookingError(409, `${ref} is already booked`);
    const booking = {
      ref,
      course,
      date,
      time: slotTime,
      member,
      players: players.map((p) => ({
        name: String(p.name),
        handicap: Number(p.handicap ?? 28),
        guest: Boolean(p.guest),
      })),
      bookedAt: new Date().toISOString(),
      status: "booked",
    };
    bookings.set(ref, booking);
    slot.push(ref);
    span.set("booking", ref);
    return booking;
  });
}

export function checkIn(ref) {
  return withSpan("teesheet.checkin", { ref }, () => {
    const booking = bookings.get(ref);
    if (!booking) throw new BookingError(404, `no booking ${ref}`);
    booking.status = "checked-in";
    booking.checkedInAt = new Date().toISOString();
    return booking;
  });
}

/** Cancels (or, once the round is played, closes) a booking and frees its slot. */
export function release(ref, reason) {
  return withSpan("teesheet.release", { ref, reason }, () => {
    const booking = bookings.get(ref);
    if (!booking) throw new BookingError(404, `no booking ${ref}`);
    const slot = sheetFor(booking.course, booking.date).get(booking.time);
    const at = slot.indexOf(ref);
    if (at !== -1) slot.splice(at, 1);
    bookings.delete(ref);
    return { ref, released: reason };
  });
}

export function findBooking(ref) {
  return bookings.get(ref) ?? null;
}
