import { Emitter } from "./vendor/mitt-lite/index.mjs";

/**
 * Audit trail of leave decisions. Records are buffered and written every 100 ms; the store
 * here keeps the most recent ones (the nightly export ships the rest to the HR warehouse).
 */
export const auditEvents = new Emitter();

const buffer = [];
const written = [];
const KEEP = 200;
let seq = 0;

/** Resolves with the entry once it is written: a decision is only confirmed after that. */
export function record(subject, action, actor, details = {}) {
  const entry = {
    seq: ++seq,
    subject,
    action,
    actor,
    details,
    at: new Date().toISOString(),
  };
  return new Promise((resolve) => buffer.push({ entry, resolve }));
}

setInterval(() => {
  if (buffer.length === 0) return;
  const batch = buffer.splice(0);
  for (const { entry, resolve } of batch) {
    written.push(entry);
    resolve(entry);
    auditEvents.emit(`audit:${entry.subject}`, entry);
  }
  if (written.length > KEEP) written.splice(0, written.length - KEEP);
}, 100).unref();

/** A subject's entries, less the first `seen` (the ones the page already shows). */
export function trailOf(subject, seen = 0) {
  return written.filter((e) => e.subject === subject).slice(seen);
}

export function recent(limit = 10) {
  return written.slice(-limit).reverse();
}
