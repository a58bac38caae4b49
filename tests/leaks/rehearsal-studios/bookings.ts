import { type Room, suitable } from "./rooms.ts";
import { SlotIndex } from "./slot_index.ts";

export interface Booking {
  ref: string;
  band: string;
  contact: string;
  room: Room;
  players: number;
  start: number;
  end: number;
  needs: string[];
  priceCents: number;
  notes: string;
  status: "booked" | "cancelled";
  createdAt: string;
}

const byRef = new Map<string, Booking>();
const schedule = new SlotIndex<Booking>();
const stats = { booked: 0, cancelled: 0, full: 0 };

export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface BookingRequest {
  ref: string;
  band: string;
  contact: string;
  players: number;
  date: string;
  from: string;
  hours: number;
  needs?: string[];
  notes?: string;
}

export function book(req: BookingRequest): Booking {
  if (byRef.has(req.ref)) throw new HttpError(409, "reference already used");
  const start = Date.parse(`${req.date}T${req.from}:00Z`);
  if (Number.isNaN(start)) throw new HttpError(422, "date/from");
  const end = start + Math.max(1, Math.min(req.hours, 6)) * 3_600_000;
  const needs = req.needs ?? [];
  const taken = new Set(schedule.overlapping(start, end).map((b) => b.room.id));
  const room = suitable(req.players, needs).find((r) => !taken.has(r.id));
  if (!room) {
    stats.full++;
    throw new HttpError(409, "no room free for that slot");
  }
  const booking: Booking = {
    ref: req.ref,
    band: req.band,
    contact: req.contact,
    room,
    players: req.players,
    start,
    end,
    needs,
    priceCents: Math.round(((end - start) / 3_600_000) * room.hourlyCents),
    notes: String(req.notes ?? "").slice(0, 500),
    status: "booked",
    createdAt: new Date().toISOString(),
  };
  byRef.set(booking.ref, booking);
  schedule.add(booking);
  stats.booked++;
  return booking;
}

export function cancel(ref: string): Booking {
  const booking = byRef.get(ref);
  if (!booking) throw new HttpError(404, "no such booking");
  booking.status = "cancelled";
  schedule.remove(booking);
  byRef.delete(ref);
  stats.cancelled++;
  return booking;
}

export function freeRooms(date: string, from: string, hours: number): string[] {
  const start = Date.parse(`${date}T${from}:00Z`);
  const taken = new Set(
    schedule.overlapping(start, start + hours * 3_600_000).map((b) => b.room.id),
  );
  return suitable(1, []).filter((r) => !taken.has(r.id)).map((r) => r.name);
}

export function bookingStats() {
  return { ...stats, open: byRef.size, buckets: schedule.bucketCount };
}
