"use strict";

/**
 * Sign-in throttling per client address and claimant reference. People mistype, scripts
 * hammer: MAX_BURST failures inside one WINDOW_MS is a script, and the pair is locked out for
 * LOCK_MS. An entry goes once its window is over (or, when locked, its lockout).
 */
const WINDOW_MS = 1000;
const MAX_BURST = 3;
const LOCK_MS = 15 * 60 * 1000;
const SWEEP_MS = 250;

/**
 * @typedef {object} Attempts
 * @property {string} key
 * @property {string} ip
 * @property {string} ref
 * @property {number} windowStart
 * @property {{ at: number, userAgent: string }[]} failures
 * @property {number} [lockedUntil] set when the pair is locked out
 */

/** @type {Map<string, Attempts>} */
const attempts = new Map();
const counters = { failures: 0, lockouts: 0, swept: 0 };

function keyOf(ip, ref) {
  return `${ip}|${String(ref).trim().toUpperCase()}`;
}

function isLocked(entry, now) {
  return entry !== undefined && entry.lockedUntil > now;
}

/** Whether a sign-in from this client for this reference may be tried at all. */
function check(ip, ref, now = Date.now()) {
  const entry = attempts.get(keyOf(ip, ref));
  if (isLocked(entry, now)) {
    return { allowed: false, retryAfterMs: entry.lockedUntil - now };
  }
  return { allowed: true, retryAfterMs: 0 };
}

function recordFailure(ip, ref, userAgent, now = Date.now()) {
  const key = keyOf(ip, ref);
  let entry = attempts.get(key);
  if (!entry || (now - entry.windowStart > WINDOW_MS && !isLocked(entry, now))) {
    entry = { key, ip, ref: String(ref).trim(), windowStart: now, failures: [] };
    attempts.set(key, entry);
  }
  entry.failures.push({ at: now, userAgent });
  counters.failures++;
  if (entry.failures.length >= MAX_BURST && !isLocked(entry, now)) {
    entry.lockedUntil = now + LOCK_MS;
    counters.lockouts++;
  }
  return entry;
}

function clear(key) {
  attempts.delete(key);
}

function recordSuccess(ip, ref) {
  clear(keyOf(ip, ref));
}

/** When an entry may go: a locked one at the end of its lockout, any other after its window. */
function expiresAt(entry) {
  return Math.max(entry.lockedUntil, entry.windowStart + WINDOW_MS);
}

setInterval(() => {
  const now = Date.now();
  for (const [key, entry] of attempts) {
    if (expiresAt(entry) <= now) {
      clear(key);
      counters.swept++;
    }
  }
}, SWEEP_MS).unref();

function stats() {
  return { ...counters, tracked: attempts.size };
}

module.exports = { check, recordFailure, recordSuccess, stats };
