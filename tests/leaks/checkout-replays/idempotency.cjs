// Idempotency keys (Stripe-style): a retried POST with the same key gets the first response
// back instead of charging the card twice.
const crypto = require("node:crypto");
const NodeCache = require("node-cache");

const replayCache = new NodeCache({ useClones: false });
const inFlight = new Map(); // cache key -> Promise of the first attempt's response

function fingerprint(body) {
  return crypto.createHash("sha256").update(JSON.stringify(body)).digest("base64url");
}

class IdempotencyConflict extends Error {
  constructor(message) {
    super(message);
    this.statusCode = 422;
  }
}

/**
 * Runs `work` once per (merchant, key): concurrent retries share the first attempt, later ones
 * are answered from the cache.
 */
async function once(merchantId, key, body, work) {
  const cacheKey = `${merchantId}:${key}`;
  const print = fingerprint(body);
  const saved = replayCache.get(cacheKey);
  if (saved) {
    if (saved.fingerprint !== print) {
      throw new IdempotencyConflict("this idempotency key was used with a different request");
    }
    return { ...saved.response, replayed: true };
  }
  const pending = inFlight.get(cacheKey);
  if (pending) return { ...(await pending), replayed: true };

  const attempt = work();
  inFlight.set(cacheKey, attempt);
  try {
    const response = await attempt;
    replayCache.set(cacheKey, { fingerprint: print, response, storedAt: Date.now() });
    return { ...response, replayed: false };
  } finally {
    inFlight.delete(cacheKey);
  }
}

function stats() {
  return { ...replayCache.getStats(), inFlight: inFlight.size };
}

module.exports = { once, stats, IdempotencyConflict };
