import { price, ROOM_TYPES } from "./rooms.ts";
import { cancel as cancelReminder, schedule } from "./reminders.ts";

export class BookingError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export interface Booking {
  ref: string;
  roomType: string;
  date: string;
  start: string;
  hours: number;
  party: number;
  contact: { name: string; phone: string; email?: string };
  price: ReturnType<typeof price>;
  reminderId: string | null;
  createdAt: string;
}

const bookings = new Map<string, Booking>();
const DAY = 86_400_000;

function slotKey(b: Pick<Booking, "roomType" | "date" | "start">) {
  return `${b.roomType}|${b.date}|${b.start}`;
}

export function inUse(roomType: string, date: string, start: string): number {
  const key = slotKey({ roomType, date, start });
  let n = 0;
  for (const b of bookings.values()) if (slotKey(b) === key) n++;
  return n;
}

export function book(body: Partial<Booking>): Booking {
  const type = ROOM_TYPES[body.roomType ?? ""];
  if (!type) throw new BookingError(400, `unknown room type ${body.roomType}`);
  if (!body.ref || !body.date || !body.start || !body.contact?.phone) {
    throw new BookingError(400, "ref, date, start and contact.phone are required");
  }
  if (bookings.has(body.ref)) throw new BookingError(409, `booking ${body.ref} exists`);
  const party = Number(body.party ?? 2);
  if (party > type.seats) throw new BookingError(422, `${type.name} seats ${type.seats}`);
  if (inUse(body.roomType!, body.date, body.start) >= type.booths) {
    throw new BookingError(409, `no ${type.name} booth free at ${body.start}`);
  }
  const hours = Math.min(Math.max(Number(body.hours ?? 2), 1), 6);
  const booking: Booking = {
    ref: body.ref,
    roomType: body.roomType!,
    date: body.date,
    start: body.start,
    hours,
    party,
    contact: {
      name: body.contact.name ?? "guest",
      phone: body.contact.phone,
      email: body.contact.email,
    },
    price: price(type, body.date, body.start, hours),
    reminderId: null,
    createdAt: new Date().toISOString(),
  };
  const startsAt = Date.parse(`${body.date}T${body.start}:00Z`);
  if (startsAt - DAY > Date.now()) {
    booking.reminderId = `rem-${booking.ref}`;
    const message = `Hi ${booking.contact.name}! Your ${type.name} room for ${party} is booked ` +
      `tomorrow at ${booking.start} (${hours}h). Balance due on arrival: £${
        booking.price.total - booking.price.deposit
      }. Reply C to cancel.`;
    schedule(booking.reminderId, startsAt - DAY, booking.contact.phone, message, {
      booking: booking.ref,
      room: type.name,
      date: booking.date,
      start: booking.start,
      party,
      createdAt: booking.createdAt,
    });
  }
  bookings.set(booking.ref, booking);
  return booking;
}

export function getBooking(ref: string): Booking {
  const b = bookings.get(ref);
  if (!b) throw new BookingError(404, `no booking ${ref}`);
  return b;
}

export function cancelBooking(ref: string) {
  const b = getBooking(ref);
  bookings.delete(ref);
  if (b.reminderId) cancelReminder(b.reminderId);
  return { ref, cancelled: true, refund: b.price.deposit };
}
