// Upload bookkeeping: what is still arriving, and the last scans that finished (for the
// bench screen that shows "stored ✓" next to each plate).
const active = new Map();
const recent = new Map();
const RECENT_MAX = 64;

export function begin(id, info) {
  const entry = { id, ...info, received: 0, status: "receiving", startedAt: Date.now() };
  active.set(id, entry);
  return entry;
}

export function finish(id, outcome) {
  const entry = active.get(id);
  if (!entry) return undefined;
  active.delete(id);
  Object.assign(entry, outcome, { finishedAt: Date.now() });
  recent.delete(id);
  recent.set(id, entry);
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value);
  return entry;
}

export function lookup(id) {
  return active.get(id) ?? recent.get(id);
}

export function counts() {
  return { receiving: active.size, recent: recent.size };
}
