import { tracer } from "./tracing.ts";

export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface Pet {
  id: string;
  name: string;
  species: "dog" | "cat" | "rabbit";
  owner: string;
  born: string;
  vaccinations: { vaccine: string; given: string; due: string }[];
}

export interface Appointment {
  reference: string;
  petId: string;
  vet: string;
  start: string;
  reason: string;
  status: "booked" | "cancelled";
  createdAt: string;
}

const PETS = new Map<string, Pet>([
  ["p-101", {
    id: "p-101",
    name: "Bobbie",
    species: "dog",
    owner: "fam. Jansen",
    born: "2019-04-02",
    vaccinations: [
      { vaccine: "Cocktail (DHP)", given: "2023-05-10", due: "2026-05-10" },
      { vaccine: "Leptospirose", given: "2024-05-14", due: "2025-05-14" },
    ],
  }],
  ["p-102", {
    id: "p-102",
    name: "Minoes",
    species: "cat",
    owner: "S. de Boer",
    born: "2021-09-20",
    vaccinations: [{ vaccine: "Kattenziekte", given: "2024-02-01", due: "2025-02-01" }],
  }],
  ["p-103", {
    id: "p-103",
    name: "Snuffie",
    species: "rabbit",
    owner: "R. Visser",
    born: "2022-03-11",
    vaccinations: [{ vaccine: "RHD2", given: "2024-03-30", due: "2025-03-30" }],
  }],
]);

const VETS = ["dr. Bakker", "dr. Meijer", "dr. Smit"];
const appointments = new Map<string, Appointment>();

function lookup<T>(what: string, fn: () => T): Promise<T> {
  return tracer.inSpan(`db ${what}`, (span) =>
    new Promise<T>((resolve) => {
      span.setAttribute("db.system", "postgresql");
      setTimeout(() => resolve(fn()), 1);
    }));
}

export async function getPet(id: string): Promise<Pet> {
  const pet = await lookup("pets.select", () => PETS.get(id));
  if (!pet) throw new HttpError(404, `no pet ${id}`);
  return pet;
}

export async function book(input: Record<string, unknown>): Promise<Appointment> {
  const reference = String(input.reference ?? "");
  if (!/^[a-z0-9-]{3,40}$/.test(reference)) throw new HttpError(400, "reference is required");
  const pet = await getPet(String(input.petId ?? ""));
  const start = new Date(String(input.start ?? ""));
  if (Number.isNaN(start.getTime())) throw new HttpError(400, "start must be an ISO date-time");
  const vet = VETS[start.getUTCHours() % VETS.length];
  const appointment: Appointment = {
    reference,
    petId: pet.id,
    vet,
    start: start.toISOString(),
    reason: String(input.reason ?? "consult").slice(0, 200),
    status: "booked",
    createdAt: new Date().toISOString(),
  };
  await lookup("appointments.insert", () => appointments.set(reference, appointment));
  return appointment;
}

export async function getAppointment(reference: string): Promise<Appointment> {
  const appointment = await lookup("appointments.select", () => appointments.get(reference));
  if (!appointment) throw new HttpError(404, `no appointment ${reference}`);
  return appointment;
}

export async function cancel(reference: string): Promise<Appointment> {
  const appointment = await getAppointment(reference);
  appointment.status = "cancelled";
  await lookup("appointments.delete", () => appointments.delete(reference));
  return appointment;
}

export function counts() {
  return { pets: PETS.size, appointments: appointments.size };
}
