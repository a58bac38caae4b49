import { type Context, HttpError } from "./framework.ts";

interface Practitioner {
  id: string;
  name: string;
  specialty: string;
  /** Working hours per weekday (0 = Sunday), [from, to) in minutes after midnight. */
  hours: Record<number, [number, number]>;
  slotMinutes: number;
}

const PRACTITIONERS = new Map<string, Practitioner>([
  ["dr-okafor", {
    id: "dr-okafor",
    name: "Dr. N. Okafor",
    specialty: "general practice",
    hours: { 1: [480, 720], 2: [480, 1020], 4: [600, 1020] },
    slotMinutes: 15,
  }],
  ["dr-lindqvist", {
    id: "dr-lindqvist",
    name: "Dr. E. Lindqvist",
    specialty: "dermatology",
    hours: { 3: [540, 960], 5: [540, 780] },
    slotMinutes: 20,
  }],
]);

const RED_FLAGS = new Set(["chest pain", "shortness of breath", "confusion", "severe bleeding"]);

export function slots(ctx: Context): Response {
  const practitioner = PRACTITIONERS.get(ctx.params.id);
  if (!practitioner) throw new HttpError(404, "no such practitioner");
  ctx.crumb("practitioner", { id: practitioner.id });
  const date = ctx.url.searchParams.get("date") ?? "";
  const day = new Date(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(day.getTime())) {
    throw new HttpError(400, "date must be YYYY-MM-DD");
  }
  const hours = practitioner.hours[day.getUTCDay()];
  const free: string[] = [];
  if (hours) {
    for (
      let m = hours[0];
      m + practitioner.slotMinutes <= hours[1];
      m += practitioner.slotMinutes
    ) {
      free.push(
        `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`,
      );
    }
  }
  ctx.crumb("slots", { date, count: free.length });
  return Response.json({ practitioner: practitioner.name, date, free });
}

export async function triage(ctx: Context): Promise<Response> {
  const { age, symptoms, days, note } = await ctx.json<{
    age?: unknown;
    symptoms?: unknown;
    days?: unknown;
    note?: unknown;
  }>();
  if (typeof age !== "number" || age < 0 || age > 120) throw new HttpError(400, "age 0-120");
  if (!Array.isArray(symptoms) || symptoms.length === 0 || symptoms.length > 12) {
    throw new HttpError(400, "1 to 12 symptoms");
  }
  if (note !== undefined && (typeof note !== "string" || note.length > 500)) {
    throw new HttpError(400, "note up to 500 characters");
  }
  ctx.crumb("validated", { symptoms: symptoms.length });
  let score = symptoms.length + (typeof days === "number" ? Math.min(days, 14) / 2 : 0);
  if (age >= 70 || age < 2) score += 3;
  const flagged = symptoms.filter((s) => RED_FLAGS.has(String(s).toLowerCase()));
  if (flagged.length > 0) score += 10;
  const urgency = score >= 10 ? "same-day" : score >= 5 ? "this-week" : "routine";
  ctx.crumb("scored", { score, urgency });
  return Response.json({ urgency, flagged, advice: urgency === "same-day" ? "call 112" : null });
}
