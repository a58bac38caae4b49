import { NoticeIndex } from "./index.mjs";
import { QueryCache } from "./query-cache.mjs";

export class NoticeError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const RECENT_WITHDRAWALS = 25;

const notices = new Map();
const index = new NoticeIndex();
const cache = new QueryCache(40);
const withdrawn = [];

const textOf = (n) =>
  [n.product, n.brand, n.hazard, n.batches.join(" "), n.action, n.retailers.join(" ")].join(" ");

export function publish(input) {
  if (!input.id || !input.product) throw new NoticeError(400, "id and product are required");
  if (notices.has(input.id)) throw new NoticeError(409, `${input.id} is already published`);
  const notice = {
    id: input.id,
    product: input.product,
    brand: input.brand ?? "",
    hazard: input.hazard ?? "",
    batches: input.batches ?? [],
    action: input.action ?? "",
    retailers: input.retailers ?? [],
    risk: input.risk ?? "medium",
    publishedAt: new Date().toISOString(),
    amendments: 0,
  };
  notices.set(notice.id, notice);
  index.index(notice.id, textOf(notice));
  return notice;
}

export function amend(id, patch) {
  const current = notices.get(id);
  if (!current) throw new NoticeError(404, "no such notice");
  const next = {
    ...current,
    amendments: current.amendments + 1,
    amendedAt: new Date().toISOString(),
  };
  for (const key of ["product", "brand", "hazard", "batches", "action", "retailers", "risk"]) {
    if (patch[key] !== undefined) next[key] = patch[key];
  }
  notices.set(id, next);
  index.index(id, textOf(next));
  return next;
}

export function withdraw(id, reason) {
  const notice = notices.get(id);
  if (!notice) throw new NoticeError(404, "no such notice");
  notices.delete(id);
  index.unindex(id);
  withdrawn.push({ id, product: notice.product, reason, at: new Date().toISOString() });
  if (withdrawn.length > RECENT_WITHDRAWALS) {
    withdrawn.splice(0, withdrawn.length - RECENT_WITHDRAWALS);
  }
  return { id, withdrawn: true };
}

export function get(id) {
  const notice = notices.get(id);
  if (!notice) throw new NoticeError(404, "no such notice");
  return notice;
}

export function search(q, risk) {
  const key = `${q.trim().toLowerCase()}|${risk ?? ""}`;
  const hit = cache.get(key, index.generation);
  if (hit) return { ...hit, cached: true };
  const results = index.match(q)
    .map((id) => notices.get(id))
    .filter((n) => n && (!risk || n.risk === risk))
    .map((n) => ({ id: n.id, product: n.product, brand: n.brand, risk: n.risk, hazard: n.hazard }));
  const value = { q, count: results.length, results: results.slice(0, 20) };
  cache.set(key, index.generation, value);
  return { ...value, cached: false };
}

export function stats() {
  return {
    live: notices.size,
    index: index.stats,
    cached: cache.size,
    recentlyWithdrawn: withdrawn.slice(-5),
  };
}
