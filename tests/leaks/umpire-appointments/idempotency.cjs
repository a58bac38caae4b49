"use strict";

/**
 * The league app retries a POST when the club's wifi drops; a retry with the same
 * Idempotency-Key within a short window gets the first answer back.
 */
const WINDOW_MS = 200;
const seen = new Map();

function remembered(key) {
  const hit = key ? seen.get(key) : undefined;
  return hit && Date.now() - hit.at < WINDOW_MS ? hit : undefined;
}

function remember(key, status, body) {
  if (key) seen.set(key, { status, body, at: Date.now() });
}

setInterval(() => {
  const cutoff = Date.now() - WINDOW_MS;
  for (const [key, hit] of seen) if (hit.at < cutoff) seen.delete(key);
}, 100).unref();

module.exports = { remember, remembered };
