// Padel courts of the club and their bookings for the coming days (one slot per hour).
export interface Booking {
  id: string;
  court: string;
  day: string;
  hour: number;
  member: string;
  createdAt: number;
}

export const COURTS = ["P1", "P2", "P3", "P4"];
const OPEN_HOURS = { from: 7, to: 23 };
/** "P2|2025-06-14|18" → booking; a slot is freed again when the booking is cancelled. */
const slots = new Map<string, Booking>();
const byId = new Map<string, Booking>();
let seq = 0;

const slotKey = (court: string, day: string, hour: number) => `${court}|${day}|${hour}`;

export function book(court: string, day: string, hour: number, member: string) {
  if (!COURTS.includes(court)) return { error: "unknown court", status: 404 };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return { error: "day must be YYYY-MM-DD", status: 400 };
  if (hour < OPEN_HOURS.from || hour >= OPEN_HOURS.to) return { error: "closed", status: 400 };
  const key = slotKey(court, day, hour);
  if (slots.has(key)) return { error: "slot taken", status: 409 };
  const booking = { id: `B${++seq}`, court, day, hour, member, createdAt: Date.now() };
  slots.set(key, booking);
  byId.set(booking.id, booking);
  return { booking, status: 201 };
}

export function cancel(id: string, member: string) {
  const booking = byId.get(id);
  if (!booking) return { error: "no such booking", status: 404 };
  if (booking.member !== member) return { error: "not your booking", status: 403 };
  byId.delete(id);
  slots.delete(slotKey(booking.court, booking.day, booking.hour));
  return { cancelled: booking.id, status: 200 };
}

export function cancelLatest(member: string) {
  let latest: Booking | undefined;
  for (const b of byId.values()) if (b.member === member) latest = b;
  return latest ? cancel(latest.id, member) : { error: "no bookings", status: 404 };
}

export function availability(day: string) {
  const free: Record<string, number[]> = {};
  for (const court of COURTS) {
    free[court] = [];
    for (let h = OPEN_HOURS.from; h < OPEN_HOURS.to; h++) {
      if (!slots.has(slotKey(court, day, h))) free[court].push(h);
    }
  }
  return { day, free };
}

export const bookingCount = () => byId.size;
