/** The treatment menu, the rooms and the therapists on today's rota. */

export interface Treatment {
  code: string;
  name: string;
  minutes: number;
  priceCents: number;
  room: "massage" | "facial" | "hammam";
}

export const MENU: Treatment[] = [
  { code: "HOT-STONE", name: "Hot stone massage", minutes: 75, priceCents: 9500, room: "massage" },
  { code: "DEEP-60", name: "Deep tissue massage", minutes: 60, priceCents: 8200, room: "massage" },
  { code: "HYDRA", name: "Hydrating facial", minutes: 50, priceCents: 7400, room: "facial" },
  { code: "RITUAL", name: "Hammam ritual", minutes: 90, priceCents: 11800, room: "hammam" },
];

export const THERAPISTS = ["Ines", "Maarten", "Yara", "Lotte"] as const;
export type Therapist = typeof THERAPISTS[number];

/** Rooms in use right now, and the day's takings in cents per therapist (a fixed rota). */
const occupancy: Record<Treatment["room"], number> = { massage: 0, facial: 0, hammam: 0 };
const takings = Object.fromEntries(THERAPISTS.map((t) => [t, 0])) as Record<Therapist, number>;

export const findTreatment = (code: string) => MENU.find((t) => t.code === code.toUpperCase());

/** Spreads the day evenly: the same guest lands on the same therapist for a given room. */
export function assignTherapist(treatment: Treatment, guestName: string): Therapist {
  let hash = 0;
  for (const ch of guestName + treatment.room) hash = (hash * 31 + ch.charCodeAt(0)) | 0;
  return THERAPISTS[Math.abs(hash) % THERAPISTS.length];
}

export function occupyRoom(room: Treatment["room"]): void {
  occupancy[room]++;
}

export function freeRoom(room: Treatment["room"]): void {
  occupancy[room] = Math.max(0, occupancy[room] - 1);
}

/** A treatment given is paid in full; a no-show pays half of it. */
export function charge(therapist: Therapist, treatment: Treatment, share = 1): void {
  takings[therapist] += Math.round(treatment.priceCents * share);
}

export const dayReport = () => ({ occupancy: { ...occupancy }, takings: { ...takings } });
