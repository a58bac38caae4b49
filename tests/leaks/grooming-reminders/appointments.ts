import { type CoatSize, lookupServices, minutesFor, priceFor, type Service } from "./services.ts";

export interface Dog {
  name: string;
  breed: string;
  size: CoatSize;
  coatNotes?: string;
  behaviour?: string;
}

export interface Owner {
  name: string;
  phone: string;
  email?: string;
}

export interface Appointment {
  ref: string;
  dog: Dog;
  owner: Owner;
  groomer: string;
  services: Service[];
  start: Date;
  end: Date;
  price: number;
  status: "booked" | "in-salon" | "collected" | "cancelled";
  notes: string[];
  createdAt: string;
}

export interface BookingRequest {
  ref: string;
  dog: Dog;
  owner: Owner;
  groomer: string;
  services: string[];
  start: string;
  notes?: string;
}

export const GROOMERS = ["Priya", "Tomasz", "Hannah"];
const RECENT_VISITS = 20;

/** The appointment book: open appointments by reference, and the last few finished visits. */
export class AppointmentBook {
  #open = new Map<string, Appointment>();
  #recent: { ref: string; dog: string; groomer: string; price: number; at: string }[] = [];
  #counts = { booked: 0, cancelled: 0, collected: 0 };

  book(req: BookingRequest): Appointment {
    if (this.#open.has(req.ref)) throw new Error(`appointment ${req.ref} exists`);
    if (!GROOMERS.includes(req.groomer)) throw new RangeError(`no groomer ${req.groomer}`);
    const services = lookupServices(req.services);
    const start = new Date(req.start);
    if (Number.isNaN(start.getTime())) throw new RangeError("start is not a date");
    const appointment: Appointment = {
      ref: req.ref,
      dog: { ...req.dog },
      owner: { ...req.owner },
      groomer: req.groomer,
      services,
      start,
      end: new Date(start.getTime() + minutesFor(services) * 60_000),
      price: priceFor(services, req.dog.size),
      status: "booked",
      notes: req.notes ? [req.notes] : [],
      createdAt: new Date().toISOString(),
    };
    this.#open.set(appointment.ref, appointment);
    this.#counts.booked++;
    return appointment;
  }

  get(ref: string) {
    return this.#open.get(ref);
  }

  checkIn(ref: string, note?: string) {
    const appointment = this.#open.get(ref);
    if (!appointment || appointment.status !== "booked") return undefined;
    appointment.status = "in-salon";
    if (note) appointment.notes.push(note);
    return appointment;
  }

  collect(ref: string) {
    const appointment = this.#open.get(ref);
    if (!appointment || appointment.status !== "in-salon") return undefined;
    appointment.status = "collected";
    this.#open.delete(ref);
    this.#counts.collected++;
    this.#recent.unshift({
      ref,
      dog: appointment.dog.name,
      groomer: appointment.groomer,
      price: appointment.price,
      at: new Date().toISOString(),
    });
    if (this.#recent.length > RECENT_VISITS) this.#recent.length = RECENT_VISITS;
    return appointment;
  }

  cancel(ref: string) {
    const appointment = this.#open.get(ref);
    if (!appointment || appointment.status !== "booked") return undefined;
    appointment.status = "cancelled";
    this.#open.delete(ref);
    this.#counts.cancelled++;
    return appointment;
  }

  daySheet(day: string) {
    return [...this.#open.values()]
      .filter((a) => a.start.toISOString().startsWith(day))
      .sort((a, b) => a.start.getTime() - b.start.getTime())
      .map((a) => ({
        ref: a.ref,
        time: a.start.toISOString().slice(11, 16),
        dog: `${a.dog.name} (${a.dog.breed})`,
        groomer: a.groomer,
        services: a.services.map((s) => s.code),
        status: a.status,
      }));
  }

  stats() {
    return { open: this.#open.size, ...this.#counts, recent: this.#recent };
  }
}
