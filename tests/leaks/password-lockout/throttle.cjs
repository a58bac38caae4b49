"use strict";

// Failed sign-ins per username (known or not, so we don't tell which accounts exist).
// A counter lives for WINDOW_MS after its last failure; MAX_FAILURES in that window locks
// the name until the window runs out.
const WINDOW_MS = 250;
const SWEEP_MS = 100;
const MAX_FAILURES = 5;

const failures = new Map();

function noteFailure(username, ip, now = Date.now()) {
  let entry = failures.get(username);
  if (!entry || now - entry.lastAt > WINDOW_MS) {
    entry = { count: 0, firstAt: now, lastAt: now, ips: new Set() };
    failures.set(username, entry);
  }
  entry.count++;
  entry.lastAt = now;
  entry.ips.add(ip);
  return entry.count;
}

function isLocked(username, now = Date.now()) {
  const entry = failures.get(username);
  return !!entry && entry.count >= MAX_FAILURES && now - entry.lastAt <= WINDOW_MS;
}

function clearFailures(username) {
  failures.delete(username);
}

function sweep(now = Date.now()) {
  for (const [username, entry] of failures) {
    if (now - entry.lastAt > WINDOW_MS) failures.delete(username);
  }
}

const sweeper = setInterval(sweep, SWEEP_MS);
sweeper.unref();

function throttleStats() {
  return { tracked: failures.size };
}

module.exports = { noteFailure, isLocked, clearFailures, throttleStats, MAX_FAILURES };
