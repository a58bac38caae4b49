export class ApplicationError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface Application {
  ref: string;
  site: string;
  ward: string;
  applicant: string;
  agent: string | null;
  proposal: string;
  kind: "householder" | "full" | "listed-building" | "advertisement";
  consultees: string[];
  receivedAt: number;
  consultationEnds: number;
  revision: number;
  amendments: { revision: number; at: number; note: string }[];
}

export interface Decision {
  ref: string;
  decision: "granted" | "refused" | "withdrawn";
  conditions: number;
  at: number;
}

const CONSULTATION_DAYS = 21;
const DAY = 86_400_000;
const MAX_DECIDED = 30;
const KINDS = new Set(["householder", "full", "listed-building", "advertisement"]);

/** Applications under consideration, by reference. */
const live = new Map<string, Application>();
/** The weekly list shows the latest decisions. */
const decided: Decision[] = [];

export function submit(body: Record<string, unknown>): Application {
  const ref = String(body.ref ?? "").trim().toUpperCase();
  if (!/^PA-\d{2}-\d+$/.test(ref)) {
    throw new ApplicationError(400, "reference must look like PA-31-0042");
  }
  if (live.has(ref)) throw new ApplicationError(409, `${ref} is already registered`);
  const kind = String(body.kind ?? "full");
  if (!KINDS.has(kind)) throw new ApplicationError(400, `unknown application type ${kind}`);
  const now = Date.now();
  const app: Application = {
    ref,
    site: String(body.site ?? ""),
    ward: String(body.ward ?? ""),
    applicant: String(body.applicant ?? ""),
    agent: body.agent ? String(body.agent) : null,
    proposal: String(body.proposal ?? ""),
    kind: kind as Application["kind"],
    consultees: Array.isArray(body.consultees) ? body.consultees.map(String) : [],
    receivedAt: now,
    consultationEnds: now + CONSULTATION_DAYS * DAY,
    revision: 1,
    amendments: [],
  };
  if (!app.site || !app.proposal) throw new ApplicationError(400, "site and proposal are required");
  live.set(ref, app);
  return app;
}

export function get(ref: string): Application {
  const app = live.get(ref.toUpperCase());
  if (!app) throw new ApplicationError(404, `no live application ${ref}`);
  return app;
}

/** Amended plans restart the consultation. */
export function amend(ref: string, patch: Record<string, unknown>): Application {
  const app = get(ref);
  if (typeof patch.proposal === "string") app.proposal = patch.proposal;
  if (Array.isArray(patch.consultees)) app.consultees = patch.consultees.map(String);
  app.revision++;
  const now = Date.now();
  app.consultationEnds = now + CONSULTATION_DAYS * DAY;
  app.amendments.push({ revision: app.revision, at: now, note: String(patch.note ?? "") });
  if (app.amendments.length > 5) app.amendments.shift();
  return app;
}

export function decide(ref: string, body: Record<string, unknown>): Decision {
  const app = get(ref);
  const decision = String(body.decision ?? "");
  if (decision !== "granted" && decision !== "refused" && decision !== "withdrawn") {
    throw new ApplicationError(400, "decision must be granted, refused or withdrawn");
  }
  live.delete(app.ref);
  const entry: Decision = {
    ref: app.ref,
    decision,
    conditions: Array.isArray(body.conditions) ? body.conditions.length : 0,
    at: Date.now(),
  };
  decided.unshift(entry);
  if (decided.length > MAX_DECIDED) decided.length = MAX_DECIDED;
  return entry;
}

export function weeklyList() {
  return { underConsideration: live.size, decided: decided.slice(0, 10) };
}
