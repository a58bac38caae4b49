"use strict";
// Brute-force protection: failed sign-ins counted per client address and username; five in
// the window lock that pair out for a while.

const MAX_FAILURES = 5;
const FAILURE_WINDOW_MS = 10 * 60 * 1000;
const LOCKOUT_MS = 15 * 60 * 1000;

/** `${ip}|${username}` → { ip, username, count, firstAt, lastAt, lockedUntil } */
const failedLogins = new Map();

function keyOf(ip, username) {
  return `${ip}|${String(username).toLowerCase()}`;
}

function lockedFor(ip, username, now = Date.now()) {
  const entry = failedLogins.get(keyOf(ip, username));
  return entry && entry.lockedUntil > now ? entry.lockedUntil - now : 0;
}

function recordFailure(ip, username, now = Date.now()) {
  const key = keyOf(ip, username);
  let entry = failedLogins.get(key);
  if (!entry) {
    entry = { ip, username, count: 0, firstAt: now, lastAt: now, lockedUntil: 0 };
    failedLogins.set(key, entry);
  }
  if (now - entry.firstAt > FAILURE_WINDOW_MS) {
    entry.count = 0;
    entry.firstAt = now;
  }
  entry.count += 1;
  entry.lastAt = now;
  if (entry.count >= MAX_FAILURES) entry.lockedUntil = now + LOCKOUT_MS;
  return entry;
}

function recordSuccess(ip, username) {
  const entry = failedLogins.get(keyOf(ip, username));
  if (entry) {
    entry.count = 0;
    entry.lockedUntil = 0;
  }
}

// Expired lockouts and failures that fell out of the window go.
const sweeper = setInterval(() => {
  const now = Date.now();
  for (const [key, entry] of failedLogins) {
    const lockOver = entry.lockedUntil !== 0 && entry.lockedUntil <= now;
    const stale = entry.count > 0 && entry.lockedUntil === 0 &&
      now - entry.lastAt > FAILURE_WINDOW_MS;
    if (lockOver || stale) failedLogins.delete(key);
  }
}, 100);
sweeper.unref();

function throttleStats() {
  let locked = 0;
  for (const entry of failedLogins.values()) if (entry.lockedUntil > Date.now()) locked++;
  return { tracked: failedLogins.size, locked };
}

module.exports = { lockedFor, recordFailure, recordSuccess, throttleStats };
