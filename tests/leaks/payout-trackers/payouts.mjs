import { Emitter } from "./vendor/mini-emitter/index.mjs";

export const providerEvents = new Emitter();

const FINAL = new Set(["paid", "failed", "canceled"]);
const SETTLED_KEPT = 30;

/** Payouts still moving, by id. */
const active = new Map();
/** The last few that reached a final status, for the dashboard. */
const settled = [];

export class PayoutError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Follows one payout through the provider's payout.updated webhooks until it is final. */
class PayoutTracker {
  constructor(payout) {
    this.payout = payout;
    this.timeline = [{ status: payout.status, at: payout.createdAt, event: null }];
    providerEvents.on("payout.updated", this.handle.bind(this));
  }

  handle(event) {
    const data = event.data?.object ?? {};
    if (data.id !== this.payout.id) return;
    this.timeline.push({ status: data.status, at: event.created, event: event.id });
    this.payout.status = data.status;
    if (data.arrival_date) this.payout.arrivalDate = data.arrival_date;
    if (data.failure_code) this.payout.failureCode = data.failure_code;
    if (FINAL.has(data.status)) this.finish();
  }

  finish() {
    providerEvents.off("payout.updated", this.handle.bind(this));
    active.delete(this.payout.id);
    settled.push({ ...this.payout, timeline: this.timeline.map((t) => ({ ...t })) });
    if (settled.length > SETTLED_KEPT) settled.shift();
  }
}

export function createPayout(body) {
  if (!body.id || !Number.isInteger(body.amount) || body.amount <= 0) {
    throw new PayoutError(400, "id and a positive integer amount are required");
  }
  if (active.has(body.id)) throw new PayoutError(409, `payout ${body.id} exists`);
  const payout = {
    id: body.id,
    amount: body.amount,
    currency: (body.currency ?? "gbp").toLowerCase(),
    destination: { ...body.destination },
    reference: body.reference ?? "",
    status: "pending",
    createdAt: new Date().toISOString(),
  };
  const tracker = new PayoutTracker(payout);
  active.set(payout.id, tracker);
  return payout;
}

export function findPayout(id) {
  const tracker = active.get(id);
  if (tracker) return { ...tracker.payout, timeline: tracker.timeline };
  return settled.find((p) => p.id === id);
}

export function stats() {
  const byStatus = {};
  for (const p of settled) byStatus[p.status] = (byStatus[p.status] ?? 0) + 1;
  return { active: active.size, recentlySettled: byStatus };
}
