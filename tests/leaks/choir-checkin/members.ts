import type { CheckIn, Voice } from "./register.ts";

const VOICES: readonly Voice[] = [
  "soprano 1",
  "soprano 2",
  "alto 1",
  "alto 2",
  "tenor 1",
  "tenor 2",
  "bass 1",
  "bass 2",
];

/** The accompanist and the conductor are on every register from the start. */
export const STAFF: CheckIn[] = [
  { member: "STAFF-1", surname: "Aalders", given: "Bram", voice: "bass 1", folder: "piano" },
  { member: "STAFF-2", surname: "Aalders", given: "Greet", voice: "alto 1", folder: "conductor" },
];

export function parseCheckIn(body: Record<string, unknown>): CheckIn | string {
  const { member, surname, given, voice } = body;
  if (typeof member !== "string" || !member) return "member number required";
  if (typeof surname !== "string" || !surname.trim()) return "surname required";
  if (typeof given !== "string" || !given.trim()) return "given name required";
  if (!VOICES.includes(voice as Voice)) return `voice must be one of ${VOICES.join(", ")}`;
  return {
    member,
    surname: surname.trim(),
    given: given.trim(),
    voice: voice as Voice,
    phone: typeof body.phone === "string" ? body.phone : undefined,
    folder: typeof body.folder === "string" ? body.folder : undefined,
    pieces: Array.isArray(body.pieces) ? body.pieces.map(String).slice(0, 12) : undefined,
  };
}
