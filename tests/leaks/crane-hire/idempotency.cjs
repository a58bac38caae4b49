"use strict";

// Replays the stored response when a client retries a POST with the same Idempotency-Key.
const KEEP_MS = 500;
const stored = new Map();

const sweeper = setInterval(() => {
  const cutoff = Date.now() - KEEP_MS;
  for (const [key, entry] of stored) {
    if (entry.at >= cutoff) break;
    stored.delete(key);
  }
}, 250);
sweeper.unref();

function replay(key) {
  return key ? stored.get(key) : undefined;
}

function remember(key, status, body) {
  if (key) stored.set(key, { at: Date.now(), status, body });
}

module.exports = { remember, replay };
