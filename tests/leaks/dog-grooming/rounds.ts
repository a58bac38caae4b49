import { CellIndex } from "./cells.ts";
import { type StyleCard, styleCard } from "./styles.ts";

export interface Van {
  id: string;
  groomer: string;
  lat: number;
  lng: number;
  startedAt: number;
  appointments: string[];
}

export interface Appointment {
  id: string;
  dog: { name: string; breed: string; weightKg: number };
  owner: { name: string; phone: string };
  at: { lat: number; lng: number };
  service: string;
  card: StyleCard;
  van?: string;
  state: "booked" | "assigned" | "done";
}

const RING = 30;

export class Rounds {
  readonly vans = new Map<string, Van>();
  readonly appointments = new Map<string, Appointment>();
  readonly index = new CellIndex<Van>(0.02);
  readonly #done: ({ id: string; dog: string; van: string; at: string } | undefined)[] = new Array(
    RING,
  );
  #doneCount = 0;

  start(id: string, groomer: string, lat: number, lng: number) {
    if (this.vans.has(id)) return undefined;
    const van: Van = { id, groomer, lat, lng, startedAt: Date.now(), appointments: [] };
    this.vans.set(id, van);
    this.index.put(van);
    return van;
  }

  move(van: Van, lat: number, lng: number) {
    van.lat = lat;
    van.lng = lng;
    this.index.put(van);
  }

  finish(id: string) {
    const van = this.vans.get(id);
    if (!van) return undefined;
    this.index.drop(van);
    this.vans.delete(id);
    return { id, groomed: this.recent().filter((d) => d.van === id).length };
  }

  book(a: Omit<Appointment, "card" | "state">, ownerNote?: string) {
    if (this.appointments.has(a.id)) return undefined;
    const card = styleCard(a.dog.name, a.dog.breed, a.dog.weightKg, ownerNote);
    const appt: Appointment = { ...a, card, state: "booked" };
    this.appointments.set(a.id, appt);
    return appt;
  }

  assign(apptId: string, vanId: string) {
    const appt = this.appointments.get(apptId);
    const van = this.vans.get(vanId);
    if (!appt || !van || appt.state !== "booked") return undefined;
    appt.van = vanId;
    appt.state = "assigned";
    van.appointments.push(apptId);
    return appt;
  }

  complete(apptId: string) {
    const appt = this.appointments.get(apptId);
    if (!appt || appt.state !== "assigned") return undefined;
    appt.state = "done";
    const van = this.vans.get(appt.van!);
    if (van) van.appointments = van.appointments.filter((id) => id !== apptId);
    this.appointments.delete(apptId);
    this.#done[this.#doneCount++ % RING] = {
      id: apptId,
      dog: appt.dog.name,
      van: appt.van!,
      at: new Date().toISOString(),
    };
    return appt;
  }

  recent() {
    return this.#done.filter((d) => d !== undefined);
  }

  nearest(lat: number, lng: number) {
    return this.index.near(lat, lng)
      .map((v) => ({ van: v.id, groomer: v.groomer, booked: v.appointments.length }))
      .sort((a, b) => a.booked - b.booked)
      .slice(0, 3);
  }
}
