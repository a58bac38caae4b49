export interface Room {
  id: string;
  name: string;
  floor: number;
  capacity: number;
}

export interface Booking {
  room: string;
  date: string;
  from: string;
  to: string;
  organiser: string;
  bookedAt: string;
}

export class BookingError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const ROOMS: Room[] = [
  { id: "amsterdam-3", name: "Amsterdam", floor: 3, capacity: 8 },
  { id: "utrecht-3", name: "Utrecht", floor: 3, capacity: 4 },
  { id: "haarlem-4", name: "Haarlem", floor: 4, capacity: 12 },
  { id: "leiden-4", name: "Leiden", floor: 4, capacity: 2 },
];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const MAX_BOOKINGS_PER_DAY = 40;

/** Bookings by room and date; past days are dropped by the nightly job in production. */
const bookings = new Map<string, Booking[]>();

export function findRooms(minCapacity: number): Room[] {
  return ROOMS.filter((room) => room.capacity >= minCapacity);
}

function roomOrThrow(id: string): Room {
  const room = ROOMS.find((r) => r.id === id);
  if (!room) throw new BookingError(404, `no room ${id}`);
  return room;
}

export function dayOf(roomId: string, date: string): Booking[] {
  roomOrThrow(roomId);
  if (!DATE.test(date)) throw new BookingError(400, "date is YYYY-MM-DD");
  return bookings.get(`${roomId}/${date}`) ?? [];
}

export function book(input: Partial<Booking>): Booking {
  const room = roomOrThrow(String(input.room ?? ""));
  const { date = "", from = "", to = "", organiser = "" } = input;
  if (!DATE.test(date)) throw new BookingError(400, "date is YYYY-MM-DD");
  if (!TIME.test(from) || !TIME.test(to) || from >= to) {
    throw new BookingError(400, "from and to are HH:MM, from before to");
  }
  if (!organiser.includes("@")) throw new BookingError(400, "organiser is an email address");

  const key = `${room.id}/${date}`;
  const day = bookings.get(key) ?? [];
  const clash = day.find((b) => b.from < to && from < b.to);
  if (clash) throw new BookingError(409, `${room.name} is taken ${clash.from}–${clash.to}`);
  if (day.length >= MAX_BOOKINGS_PER_DAY) throw new BookingError(409, "room is fully booked");

  const booking: Booking = {
    room: room.id,
    date,
    from,
    to,
    organiser,
    bookedAt: new Date().toISOString(),
  };
  day.push(booking);
  bookings.set(key, day);
  return booking;
}
