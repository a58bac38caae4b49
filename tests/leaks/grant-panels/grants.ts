import { type Instance, ProcessRunner, type Step } from "./runner.ts";

export class GrantError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export interface Application {
  id: string;
  organisation: string;
  charityNumber: string;
  project: string;
  summary: string;
  requested: number;
  budget: { line: string; amount: number }[];
  contact: { name: string; email: string };
  reviewers: string[];
  reviews: { reviewer: string; score: number; comment: string }[];
  eligibility?: string;
  score?: number;
  decision?: "award" | "decline";
}

const PANEL = ["r.adeyemi", "k.lindqvist", "s.mehta", "j.obrien", "p.novak"];
/** Panel members who declared an interest in an organisation. */
const DECLARED: Record<string, string[]> = { "k.lindqvist": ["1180042"], "p.novak": ["1099321"] };
const REVIEWS_NEEDED = 2;
const AWARD_THRESHOLD = 3.5;

// the register lookup is remote in production; a short delay stands in for it here
const register = (n: string) =>
  new Promise<boolean>((resolve) => setTimeout(() => resolve(/^\d{7}$/.test(n)), 2));

const steps: Step<Application>[] = [
  {
    name: "eligibility",
    async run(app) {
      if (!(await register(app.charityNumber))) {
        app.eligibility = "not a registered charity";
        throw new GrantError(422, app.eligibility);
      }
      if (app.requested > 25_000) throw new GrantError(422, "over the programme's limit");
      app.eligibility = "eligible";
      return { note: "registered charity, within limit" };
    },
  },
  {
    name: "assign-reviewers",
    run(app) {
      const free = PANEL.filter((r) => !(DECLARED[r] ?? []).includes(app.charityNumber));
      app.reviewers = free.slice(0, REVIEWS_NEEDED);
      return { note: `reviewers ${app.reviewers.join(", ")}` };
    },
  },
  {
    name: "collect-reviews",
    run(app) {
      if (app.reviews.length < REVIEWS_NEEDED) return { wait: "reviews" };
      return { note: `${app.reviews.length} reviews in` };
    },
  },
  {
    name: "score",
    run(app) {
      app.score = app.reviews.reduce((s, r) => s + r.score, 0) / app.reviews.length;
      return { note: `mean score ${app.score.toFixed(2)}` };
    },
  },
  {
    name: "panel-decision",
    run(app) {
      app.decision = (app.score ?? 0) >= AWARD_THRESHOLD ? "award" : "decline";
      return { note: app.decision };
    },
  },
];

const decided: { id: string; organisation: string; decision?: string; score?: number }[] = [];
const DECIDED_SHOWN = 30;

export const runner = new ProcessRunner<Application>(steps, (instance) => {
  const app = instance.ctx;
  decided.unshift({
    id: app.id,
    organisation: app.organisation,
    decision: app.decision,
    score: app.score,
  });
  if (decided.length > DECIDED_SHOWN) decided.length = DECIDED_SHOWN;
});

function view(instance: Instance<Application>) {
  const app = instance.ctx;
  return {
    id: app.id,
    status: instance.status,
    waitingFor: instance.waitingFor,
    reviewers: app.reviewers,
    reviews: app.reviews.length,
    decision: app.decision,
    log: instance.log,
  };
}

export async function apply(body: Record<string, unknown>) {
  const id = String(body.id ?? "");
  if (!id) throw new GrantError(400, "an application needs an id");
  if (runner.parked(id)) throw new GrantError(409, `${id} is already in progress`);
  const app: Application = {
    id,
    organisation: String(body.organisation ?? ""),
    charityNumber: String(body.charityNumber ?? ""),
    project: String(body.project ?? ""),
    summary: String(body.summary ?? "").slice(0, 2000),
    requested: Number(body.requested ?? 0),
    budget: Array.isArray(body.budget) ? body.budget as Application["budget"] : [],
    contact: (body.contact ?? { name: "", email: "" }) as Application["contact"],
    reviewers: [],
    reviews: [],
  };
  return view(await runner.start(id, app));
}

export async function review(id: string, body: Record<string, unknown>) {
  const instance = runner.parked(id);
  if (!instance || instance.waitingFor !== "reviews") {
    throw new GrantError(409, `${id} is not waiting for reviews`);
  }
  const app = instance.ctx;
  const reviewer = String(body.reviewer ?? "");
  if (!app.reviewers.includes(reviewer)) throw new GrantError(403, `${reviewer} is not assigned`);
  if (app.reviews.some((r) => r.reviewer === reviewer)) {
    throw new GrantError(409, `${reviewer} already reviewed`);
  }
  app.reviews.push({
    reviewer,
    score: Math.max(0, Math.min(5, Number(body.score ?? 0))),
    comment: String(body.comment ?? "").slice(0, 1000),
  });
  if (app.reviews.length < REVIEWS_NEEDED) return view(instance);
  return view(await runner.resume(id));
}

export function status(id: string) {
  const instance = runner.parked(id);
  if (instance) return view(instance);
  const done = decided.find((d) => d.id === id);
  if (!done) throw new GrantError(404, `no application ${id}`);
  return { ...done, status: "done" };
}

export function dashboard() {
  return { inProgress: runner.size, decided: decided.slice(0, 10) };
}
