import type { ChannelHub } from "./channels.ts";
import type { DepositDesk } from "./deposits.ts";
import type { Derived } from "./reactive.ts";
import { livePrice, type PriceBreakdown, ROOMS } from "./rates.ts";

export class BookingError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

interface Hold {
  id: string;
  room: string;
  date: string;
  hours: number;
  guests: number;
  organiser: string;
  status: "awaiting-deposit" | "confirmed" | "lapsed";
  price: Derived<PriceBreakdown>;
  placedAt: number;
}

interface Booking {
  holdId: string;
  room: string;
  date: string;
  organiser: string;
  price: PriceBreakdown;
  deposit: string;
  confirmedAt: string;
}

const DEPOSIT_TIMEOUT_MS = 15 * 60_000;
const RECENT_BOOKINGS = 100;

export class BookingDesk {
  #holds = new Map<string, Hold>();
  #recent: Booking[] = [];

  constructor(private deposits: DepositDesk, private channels: ChannelHub) {}

  place(body: Record<string, unknown>) {
    const id = String(body.id ?? "");
    if (!/^H-[\w-]{1,40}$/.test(id)) throw new BookingError(422, "id like H-123 required");
    if (this.#holds.has(id)) throw new BookingError(409, `hold ${id} exists`);
    const room = ROOMS.find((r) => r.id === body.room);
    if (!room) throw new BookingError(422, "unknown room");
    const date = String(body.date ?? "");
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new BookingError(422, "date YYYY-MM-DD");
    const hours = Math.min(12, Math.max(1, Number(body.hours) || 1));
    const guests = Math.min(room.capacity, Math.max(1, Number(body.guests) || 1));
    const hold: Hold = {
      id,
      room: room.id,
      date,
      hours,
      guests,
      organiser: String(body.organiser ?? "unknown"),
      status: "awaiting-deposit",
      price: livePrice(room.id, date, hours, guests, body.catering === true),
      placedAt: Date.now(),
    };
    this.#holds.set(id, hold);
    this.deposits.awaitDeposit(id, DEPOSIT_TIMEOUT_MS)
      .then((deposit) => this.#confirm(hold, deposit.reference))
      .catch(() => this.#lapse(hold));
    return this.#present(hold);
  }

  #confirm(hold: Hold, depositRef: string) {
    const price = hold.price.value;
    hold.price.dispose();
    this.#holds.delete(hold.id);
    hold.status = "confirmed";
    const booking: Booking = {
      holdId: hold.id,
      room: hold.room,
      date: hold.date,
      organiser: hold.organiser,
      price,
      deposit: depositRef,
      confirmedAt: new Date().toISOString(),
    };
    this.#recent.push(booking);
    if (this.#recent.length > RECENT_BOOKINGS) this.#recent.shift();
    this.channels.announce({ ...booking, total: price.total });
  }

  #lapse(hold: Hold) {
    hold.price.dispose();
    this.#holds.delete(hold.id);
    hold.status = "lapsed";
  }

  #present(hold: Hold) {
    return {
      id: hold.id,
      room: hold.room,
      date: hold.date,
      status: hold.status,
      price: hold.price.value,
    };
  }

  find(id: string) {
    const hold = this.#holds.get(id);
    if (hold) return this.#present(hold);
    const booking = this.#recent.findLast((b) => b.holdId === id);
    if (booking) return { ...booking, status: "confirmed" };
    throw new BookingError(404, `no hold or booking ${id}`);
  }

  stats() {
    return { holds: this.#holds.size, recentBookings: this.#recent.length };
  }
}
