"use strict";

// Availability changes with every hold, so answers are only reused for a moment (the search
// page asks three times when it loads) and at most MAX are kept.
const MAX = 32;
const FRESH_MS = 200;

const entries = new Map();

function cached(key, compute) {
  const hit = entries.get(key);
  if (hit && hit.at + FRESH_MS > Date.now()) {
    // most recently used goes to the back
    entries.delete(key);
    entries.set(key, hit);
    return hit.value;
  }
  const value = compute();
  entries.delete(key);
  entries.set(key, { value, at: Date.now() });
  if (entries.size > MAX) entries.delete(entries.keys().next().value);
  return value;
}

module.exports = { cached };
