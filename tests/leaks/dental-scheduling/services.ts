import { type Container, token } from "./di.ts";

export interface RequestContext {
  requestId: string;
  clinicId: string;
  staff: { id: string; role: string };
  ip: string;
  userAgent: string;
  startedAt: number;
}

export interface Appointment {
  ref: string;
  patientId: string;
  chair: string;
  clinician: string;
  kind: "checkup" | "hygiene" | "filling";
  date: string;
  start: string;
  minutes: number;
  bookedBy: string;
}

export class RuleViolation extends Error {}

export type AppointmentRule = (a: Appointment, existing: Appointment[]) => string | null;

export const TOKENS = {
  requestContext: token<RequestContext>("RequestContext"),
  clinic: token<Clinic>("Clinic"),
  book: token<AppointmentBook>("AppointmentBook"),
  scheduler: token<Scheduler>("Scheduler"),
  rule: token<AppointmentRule>("AppointmentRule"),
};

export interface Clinic {
  id: string;
  name: string;
  chairs: string[];
  clinicians: { id: string; role: "dentist" | "hygienist" }[];
  opens: number;
  closes: number;
}

export const CLINICS: Record<string, Clinic> = {
  "utr-centrum": {
    id: "utr-centrum",
    name: "Tandartsenpraktijk Utrecht Centrum",
    chairs: ["chair-1", "chair-2", "chair-3"],
    clinicians: [{ id: "dr-visser", role: "dentist" }, { id: "mw-bakker", role: "hygienist" }],
    opens: 8,
    closes: 17,
  },
};

/** The appointments of one clinic (in memory; the practice system syncs them at night). */
export class AppointmentBook {
  readonly byRef = new Map<string, Appointment>();
  add(a: Appointment) {
    this.byRef.set(a.ref, a);
  }
  cancel(ref: string) {
    return this.byRef.delete(ref);
  }
  onChair(chair: string) {
    return [...this.byRef.values()].filter((a) => a.chair === chair);
  }
}

export class Scheduler {
  constructor(
    private ctx: RequestContext,
    private clinic: Clinic,
    private book: AppointmentBook,
    private rules: AppointmentRule[],
  ) {}

  /** Books the first start time on the requested day that every rule accepts. */
  schedule(input: Omit<Appointment, "bookedBy" | "clinician" | "start">) {
    if (!this.clinic.chairs.includes(input.chair)) throw new RuleViolation("unknown chair");
    const role = input.kind === "hygiene" ? "hygienist" : "dentist";
    const clinician = this.clinic.clinicians.find((c) => c.role === role)?.id ?? "";
    const existing = this.book.onChair(input.chair);
    for (let minute = this.clinic.opens * 60; minute < this.clinic.closes * 60; minute += 15) {
      const time = `${String(Math.floor(minute / 60)).padStart(2, "0")}:${
        String(minute % 60).padStart(2, "0")
      }`;
      const start = `${input.date}T${time}:00Z`;
      const candidate: Appointment = { ...input, start, clinician, bookedBy: this.ctx.staff.id };
      if (this.rules.every((rule) => rule(candidate, existing) === null)) {
        this.book.add(candidate);
        return candidate;
      }
    }
    throw new RuleViolation(`no free time on ${input.chair} on ${input.date}`);
  }
}

export function registerServices(root: Container) {
  const books = new Map(Object.keys(CLINICS).map((id) => [id, new AppointmentBook()]));
  root.bind(TOKENS.clinic).toScoped((c) => CLINICS[c.get(TOKENS.requestContext).clinicId]);
  root.bind(TOKENS.book).toScoped((c) => books.get(c.get(TOKENS.clinic).id)!);
  root.bind(TOKENS.scheduler).toScoped((c) =>
    new Scheduler(
      c.get(TOKENS.requestContext),
      c.get(TOKENS.clinic),
      c.get(TOKENS.book),
      c.getAll(TOKENS.rule),
    )
  );
  root.bind(TOKENS.rule).toValue((a, existing) => {
    const start = Date.parse(a.start);
    const end = start + a.minutes * 60_000;
    const clash = existing.find((e) =>
      e.ref !== a.ref && Date.parse(e.start) < end &&
      start < Date.parse(e.start) + e.minutes * 60_000
    );
    return clash ? `${a.chair} is taken by ${clash.ref}` : null;
  });
  root.bind(TOKENS.rule).toValue((a) => {
    const lunch = a.start.slice(11, 16);
    return lunch >= "12:30" && lunch < "13:15" ? "the practice is closed for lunch" : null;
  });
}
