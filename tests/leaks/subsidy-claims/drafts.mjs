import { estimate } from "./schemes.mjs";

// Claims being filled in on the farmer portal, by draft id. A draft nobody has touched for a
// while is expired (the portal saves the form locally and starts a new draft if the farmer
// comes back).
const IDLE_MS = 200;

const drafts = {};
const stats = { opened: 0, submitted: 0, expired: 0, lastExpired: null };

export class ClaimDraft {
  constructor(id, body) {
    this.id = id;
    this.sbi = body.sbi;
    this.farmName = body.farmName;
    this.scheme = body.scheme;
    this.year = body.year;
    this.contact = body.contact;
    this.agent = body.agent ?? null;
    this.parcels = [];
    this.estimate = { lines: [], total: 0 };
    this.status = "open";
    this.createdAt = Date.now();
    this.touchedAt = this.createdAt;
  }

  setParcels(parcels) {
    this.parcels = parcels.map((p) => ({ ...p, areaHa: Number(p.areaHa) }));
    this.estimate = estimate(this.scheme, this.parcels);
    this.touchedAt = Date.now();
  }
}

export function openDraft(id, body) {
  if (drafts[id]) return drafts[id];
  const draft = new ClaimDraft(id, body);
  drafts[draft.id] = draft;
  stats.opened++;
  return draft;
}

export function getDraft(id) {
  const draft = drafts[id];
  if (draft && draft.status === "open") draft.touchedAt = Date.now();
  return draft;
}

export function submitDraft(id) {
  const draft = drafts[id];
  if (!draft || draft.status !== "open") return undefined;
  draft.status = "submitted";
  delete drafts[id];
  stats.submitted++;
  return draft;
}

export function expireIdle(now = Date.now()) {
  for (const [id, draft] of Object.entries(drafts)) {
    if (draft.status !== "open" || now - draft.touchedAt < IDLE_MS) continue;
    draft.status = "expired";
    stats.expired++;
    stats.lastExpired = id;
    delete drafts.id;
  }
}

export function draftStats() {
  return { ...stats };
}
