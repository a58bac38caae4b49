import { findEditor } from "./editors.mjs";

export class LockError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const LOCK_TTL_MS = 30_000;
const SWEEP_MS = 250;

/** Exclusive edit locks on policy documents, by document id. */
const locks = new Map();

/** A lock belongs to one editor's tab: the same person in a second tab must wait too. */
export function acquire(docId, editor, tab, reason) {
  if (!tab) throw new LockError(400, "which tab is asking?");
  const current = locks.get(docId);
  if (current && current.expiresAt > Date.now() && current.tab !== tab) {
    throw new LockError(423, `${docId} is locked by ${current.holder}`);
  }
  const now = Date.now();
  const lock = {
    docId,
    tab,
    holder: editor.name,
    reason: String(reason ?? ""),
    acquiredAt: now,
    expiresAt: now + LOCK_TTL_MS,
    renewals: [],
  };
  locks.set(docId, lock);
  editor.held.add(lock);
  return lock;
}

function lockFor(docId, tab) {
  const lock = locks.get(docId);
  if (!lock) throw new LockError(404, `${docId} is not locked`);
  if (lock.tab !== tab) throw new LockError(409, "another tab holds that lock");
  return lock;
}

export function renew(docId, tab, editor) {
  const lock = lockFor(docId, tab);
  lock.expiresAt = Date.now() + LOCK_TTL_MS;
  lock.renewals.push({ at: Date.now(), by: editor.name });
  return lock;
}

export function release(docId, tab, editor) {
  lockFor(docId, tab);
  locks.delete(docId);
  editor.held.delete(docId);
  return { docId, released: true };
}

export function lockOf(docId) {
  return locks.get(docId) ?? null;
}

// Locks whose holder closed the tab without releasing lapse after the TTL.
setInterval(() => {
  const now = Date.now();
  for (const [docId, lock] of locks) {
    if (lock.expiresAt > now) continue;
    locks.delete(docId);
    findEditor(lock.holder)?.held.delete(lock);
  }
}, SWEEP_MS).unref();

export function lockCount() {
  return locks.size;
}
