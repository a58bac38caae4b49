/** Public skating sessions: bookings until the skaters come in, and who is on the ice. */

export interface Session {
  id: string;
  label: string;
  capacity: number;
  booked: number;
}

export interface Booking {
  id: string;
  sessionId: string;
  skaters: number;
  name: string;
  email: string;
  createdAt: string;
  checkedInAt?: string;
}

const sessions = new Map<string, Session>(
  [
    ["2025-12-20-1000", "Saturday morning family skate"],
    ["2025-12-20-1400", "Saturday afternoon"],
    ["2025-12-20-1930", "Disco on ice"],
  ].map(([id, label]) => [id, { id, label, capacity: 350, booked: 0 }]),
);

const booked = new Map<string, Booking>();
const onIce = new Map<string, Booking>();
const recentVisits: { id: string; skaters: number; minutes: number }[] = [];
const RECENT = 30;

export function findSession(id: string): Session | undefined {
  return sessions.get(id);
}

export function book(session: Session, req: Omit<Booking, "sessionId" | "createdAt">) {
  if (booked.has(req.id) || onIce.has(req.id)) return { error: "booking exists" };
  if (session.booked + req.skaters > session.capacity) return { error: "session is full" };
  session.booked += req.skaters;
  const booking: Booking = { ...req, sessionId: session.id, createdAt: new Date().toISOString() };
  booked.set(booking.id, booking);
  return { booking };
}

export function checkIn(id: string): Booking | undefined {
  const booking = booked.get(id);
  if (!booking) return undefined;
  booked.delete(id);
  booking.checkedInAt = new Date().toISOString();
  onIce.set(id, booking);
  return booking;
}

export function checkOut(id: string): Booking | undefined {
  const booking = onIce.get(id);
  if (!booking) return undefined;
  onIce.delete(id);
  const session = sessions.get(booking.sessionId);
  if (session) session.booked -= booking.skaters;
  const minutes = Math.round((Date.now() - Date.parse(booking.checkedInAt!)) / 60_000);
  recentVisits.push({ id, skaters: booking.skaters, minutes });
  if (recentVisits.length > RECENT) recentVisits.shift();
  return booking;
}

export function rinkStatus() {
  return {
    sessions: [...sessions.values()],
    waiting: booked.size,
    onIce: onIce.size,
    recent: recentVisits.slice(-5),
  };
}
