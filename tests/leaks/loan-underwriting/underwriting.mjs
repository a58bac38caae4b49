import { creditFile } from "./bureau.mjs";
import { StepRunner } from "./runner.mjs";

export class UnderwritingError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const runner = new StepRunner();
const active = new Map();
const closed = [];
const CLOSED_KEPT = 30;

const steps = [
  {
    name: "identity",
    run(ctx) {
      if (!ctx.applicant.surname || !/^\d{4}-\d{2}-\d{2}$/.test(ctx.applicant.dateOfBirth)) {
        throw new UnderwritingError(422, "identity details incomplete");
      }
      ctx.identity = { verified: true, method: "electoral-roll" };
    },
  },
  {
    name: "credit-check",
    retries: 3,
    async run(ctx) {
      ctx.credit = await creditFile(ctx.applicant);
    },
  },
  {
    name: "affordability",
    run(ctx) {
      const monthly = ctx.loan.amount / ctx.loan.termMonths * 1.07;
      const disposable = ctx.income.monthlyNet - ctx.income.monthlyOutgoings;
      ctx.affordability = { monthly: Math.round(monthly), disposable, ratio: monthly / disposable };
    },
  },
  {
    name: "decision",
    run(ctx) {
      const ok = ctx.credit.score >= 550 && ctx.affordability.ratio < 0.4;
      ctx.decision = ok ? "offer" : "refer";
      ctx.offer = ok ? { apr: ctx.credit.score > 800 ? 6.9 : 9.9, validDays: 14 } : null;
    },
  },
];

export async function apply(body) {
  const id = String(body.id ?? "");
  if (!id) throw new UnderwritingError(400, "an application needs an id");
  if (active.has(id)) throw new UnderwritingError(409, `${id} already exists`);
  const instance = {
    id,
    state: "underwriting",
    context: {
      applicant: { ...body.applicant },
      income: { ...body.income },
      loan: {
        amount: Number(body.loan?.amount ?? 0),
        termMonths: Number(body.loan?.termMonths ?? 12),
        purpose: String(body.loan?.purpose ?? ""),
      },
    },
    history: [{ at: new Date().toISOString(), event: "received" }],
  };
  active.set(id, instance);
  try {
    for (const step of steps) {
      await runner.runStep(instance, step);
      instance.history.push({ at: new Date().toISOString(), step: step.name, event: "done" });
    }
    instance.state = instance.context.decision === "offer" ? "offered" : "referred";
  } catch (err) {
    instance.state = "failed";
    instance.history.push({ at: new Date().toISOString(), event: "failed", error: err.message });
  }
  return summary(instance);
}

/** The applicant accepts (or declines) the offer: the application leaves underwriting. */
export function respond(id, body) {
  const instance = active.get(id);
  if (!instance) throw new UnderwritingError(404, `no application ${id}`);
  if (instance.state !== "offered") throw new UnderwritingError(409, `${id} has no offer`);
  instance.state = body.accept === true ? "accepted" : "declined";
  active.delete(id);
  closed.unshift({
    id,
    state: instance.state,
    amount: instance.context.loan.amount,
    closedAt: new Date().toISOString(),
  });
  if (closed.length > CLOSED_KEPT) closed.length = CLOSED_KEPT;
  return { id, state: instance.state };
}

function summary(instance) {
  const ctx = instance.context;
  return {
    id: instance.id,
    state: instance.state,
    decision: ctx.decision,
    offer: ctx.offer,
    steps: instance.history.length,
  };
}

export function get(id) {
  const instance = active.get(id);
  if (instance) return summary(instance);
  const done = closed.find((c) => c.id === id);
  if (!done) throw new UnderwritingError(404, `no application ${id}`);
  return done;
}

export function ops() {
  return {
    active: active.size,
    closed: closed.length,
    runner: runner.stats,
    inFlight: runner.inFlight().slice(0, 20),
  };
}
