import { createHash } from "node:crypto";

export function fingerprint(method, path, body) {
  return createHash("sha256").update(`${method} ${path}\n${body}`).digest("hex");
}

/**
 * Stored responses by Idempotency-Key: a retry with the same key and body gets the first answer,
 * the same key with another body a 422. Bounded both ways: entries expire, and past maxEntries
 * the least recently used goes.
 */
export class IdempotencyStore {
  #entries = new Map();
  #inFlight = new Map();

  constructor({ maxEntries = 64, ttlMs = 24 * 3600_000 } = {}) {
    this.maxEntries = maxEntries;
    this.ttlMs = ttlMs;
  }

  async run(key, print, work) {
    const stored = this.#entries.get(key);
    if (stored && stored.expiresAt > Date.now()) {
      if (stored.fingerprint !== print) return { status: 422, body: { error: "key reused" } };
      this.#entries.delete(key);
      this.#entries.set(key, stored);
      return { ...stored.response, replayed: true };
    }
    const pending = this.#inFlight.get(key);
    if (pending) return { ...(await pending), replayed: true };

    const attempt = work();
    this.#inFlight.set(key, attempt);
    try {
      const response = await attempt;
      if (response.status < 500) this.#remember(key, print, response);
      return response;
    } finally {
      this.#inFlight.delete(key);
    }
  }

  #remember(key, print, response) {
    this.#entries.delete(key);
    this.#entries.set(key, { fingerprint: print, response, expiresAt: Date.now() + this.ttlMs });
    while (this.#entries.size > this.maxEntries) {
      this.#entries.delete(this.#entries.keys().next().value);
    }
  }

  get size() {
    return this.#entries.size;
  }
}
