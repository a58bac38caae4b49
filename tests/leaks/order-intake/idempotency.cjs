"use strict";

const crypto = require("node:crypto");
const { ExpiringMap } = require("./expiring_map.cjs");

/**
 * Idempotency-Key support: the first request with a key runs, its response is stored for
 * `ttlMs`, and a retry with the same key gets the stored response back (or 409 while the
 * first is still running, 422 if the body differs).
 */
const idempotencyStore = new ExpiringMap({ sweepIntervalMs: 500 });

function fingerprint(body) {
  return crypto.createHash("sha256").update(JSON.stringify(body)).digest("base64url");
}

function idempotent({ ttlMs }, handler) {
  return async (req, body) => {
    const key = req.headers["idempotency-key"];
    if (!key) return handler(req, body);
    const storeKey = `${req.method} ${req.path} ${key}`;
    const print = fingerprint(body);
    const seen = idempotencyStore.get(storeKey);
    if (seen) {
      if (seen.fingerprint !== print) {
        return { status: 422, body: { error: "Idempotency-Key reused with another body" } };
      }
      if (seen.pending) return { status: 409, body: { error: "original request in progress" } };
      return { ...seen.response, headers: { "idempotent-replayed": "true" } };
    }
    idempotencyStore.set(storeKey, { fingerprint: print, pending: true }, ttlMs);
    try {
      const response = await handler(req, body);
      if (response.status >= 500) {
        idempotencyStore.set(storeKey, { fingerprint: print, pending: false, response }, 0);
      } else {
        idempotencyStore.set(storeKey, { fingerprint: print, pending: false, response }, ttlMs);
      }
      return response;
    } catch (err) {
      idempotencyStore.set(storeKey, { fingerprint: print, pending: false }, 0);
      throw err;
    }
  };
}

module.exports = { idempotent, idempotencyStore };
