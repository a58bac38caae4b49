import { holdUntil } from "./expiry.mjs";

/** Seed sample requests held for a researcher until confirmed; unconfirmed ones expire. */
export const holds = new Map();
export const shipments = [];
const counters = { held: 0, confirmed: 0, expired: 0 };

export class HoldError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function hold(request) {
  if (typeof request.id !== "string") throw new HoldError(400, "request id required");
  if (holds.has(request.id)) throw new HoldError(409, `request ${request.id} is already held`);
  const now = Date.now();
  const entry = {
    id: request.id,
    accession: request.accession,
    researcher: request.researcher,
    institute: request.institute,
    grams: request.grams,
    purpose: request.purpose,
    heldAt: now,
    until: holdUntil(now),
  };
  holds.set(entry.id, entry);
  counters.held++;
  return entry;
}

export function drop(id, why) {
  if (!holds.delete(id)) return false;
  if (why === "expired") counters.expired++;
  return true;
}

export function confirm(id) {
  const entry = holds.get(id);
  if (!entry) throw new HoldError(410, `request ${id} expired or was confirmed`);
  drop(id, "confirmed");
  counters.confirmed++;
  shipments.unshift({ id, accession: entry.accession, institute: entry.institute, at: Date.now() });
  if (shipments.length > 30) shipments.length = 30;
  return { id, shipped: true };
}

export function holdStats() {
  return { ...counters, holding: holds.size };
}
