// Dock and yard appointments. Every appointment is on the open board from booking until it is
// released (the truck has left, or it was a no-show); the subclasses free what they held.

import type { Carrier } from "./carriers.ts";

export type Status = "booked" | "arrived" | "departed" | "no-show";

export interface AppointmentInit {
  ref: string;
  carrier: Carrier;
  trailer: string;
  slotStart: Date;
  durationMin: number;
  pallets: number;
  direction: "inbound" | "outbound";
  notes: string;
}

export class BookingError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export abstract class Appointment {
  static #open = new Map<string, Appointment>();

  abstract readonly kind: "dock" | "yard";
  readonly ref: string;
  readonly carrier: Carrier;
  readonly trailer: string;
  readonly slotStart: Date;
  readonly slotEnd: Date;
  readonly pallets: number;
  readonly direction: "inbound" | "outbound";
  readonly bookedAt = new Date();
  notes: string;
  status: Status = "booked";
  arrivedAt?: Date;
  departedAt?: Date;
  gate?: string;
  seal?: string;

  constructor(init: AppointmentInit) {
    if (Appointment.#open.has(init.ref)) {
      throw new BookingError(409, `booking ${init.ref} already exists`);
    }
    this.ref = init.ref;
    this.carrier = init.carrier;
    this.trailer = init.trailer;
    this.slotStart = init.slotStart;
    this.slotEnd = new Date(init.slotStart.getTime() + init.durationMin * 60_000);
    this.pallets = init.pallets;
    this.direction = init.direction;
    this.notes = init.notes;
    Appointment.#open.set(this.ref, this);
  }

  static find(ref: string): Appointment {
    const appointment = Appointment.#open.get(ref);
    if (!appointment) throw new BookingError(404, `no open booking ${ref}`);
    return appointment;
  }

  static onBoard(): Appointment[] {
    return [...Appointment.#open.values()];
  }

  /**
   * Takes an appointment off the board once the truck has left (or never came). Called on the
   * concrete class, so its onRelease() hook frees what that kind of appointment held.
   */
  static release(ref: string, reason: "departed" | "no-show"): Appointment | undefined {
    const appointment = this.#open.get(ref);
    if (!appointment) return undefined;
    this.onRelease(appointment, reason);
    this.#open.delete(ref);
    return appointment;
  }

  protected static onRelease(_appointment: Appointment, _reason: string): void {}

  arrive(gate: string, at = new Date()): void {
    if (this.status !== "booked") throw new BookingError(409, `${this.ref} is ${this.status}`);
    this.status = "arrived";
    this.arrivedAt = at;
    this.gate = gate;
  }

  depart(seal: string | undefined, at = new Date()): void {
    if (this.status !== "arrived") throw new BookingError(409, `${this.ref} is ${this.status}`);
    this.status = "departed";
    this.departedAt = at;
    this.seal = seal;
  }

  markNoShow(): void {
    if (this.status !== "booked") throw new BookingError(409, `${this.ref} is ${this.status}`);
    this.status = "no-show";
  }

  summary() {
    return {
      ref: this.ref,
      kind: this.kind,
      carrier: this.carrier.name,
      trailer: this.trailer,
      slot: { start: this.slotStart.toISOString(), end: this.slotEnd.toISOString() },
      status: this.status,
      pallets: this.pallets,
      direction: this.direction,
      gate: this.gate,
      arrivedAt: this.arrivedAt?.toISOString(),
      departedAt: this.departedAt?.toISOString(),
    };
  }
}

const DOORS = 12;
const TURN_SAMPLES = 50;

export class DockAppointment extends Appointment {
  readonly kind = "dock";
  readonly door: number;
  static turnMinutes: number[] = [];

  constructor(init: AppointmentInit) {
    super(init);
    // inbound on the even doors (nearer the put-away aisles), outbound on the odd ones
    const base = init.direction === "inbound" ? 2 : 1;
    this.door = base + 2 * (hash(init.ref) % (DOORS / 2));
  }

  protected static override onRelease(appointment: Appointment): void {
    if (!appointment.arrivedAt || !appointment.departedAt) return;
    const minutes = (appointment.departedAt.getTime() - appointment.arrivedAt.getTime()) / 60_000;
    this.turnMinutes.push(Math.round(minutes * 10) / 10);
    if (this.turnMinutes.length > TURN_SAMPLES) this.turnMinutes.shift();
  }
}

export class YardAppointment extends Appointment {
  readonly kind = "yard";
  static gateLog: string[] = [];

  protected static override onRelease(appointment: Appointment, reason: string): void {
    this.gateLog.push(`${new Date().toISOString()} ${appointment.trailer} ${reason}`);
    if (this.gateLog.length > 100) this.gateLog.splice(0, this.gateLog.length - 100);
  }
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
  return h;
}
