"use strict";

/** Responses to recent POSTs by Idempotency-Key, so a retried booking is not booked twice. */
class IdempotencyCache {
  #entries = new Map();

  constructor(maxEntries) {
    this.maxEntries = maxEntries;
  }

  get(key) {
    return this.#entries.get(key);
  }

  put(key, status, body) {
    this.#entries.delete(key);
    this.#entries.set(key, { status, body, at: Date.now() });
    while (this.#entries.size > this.maxEntries) {
      const oldest = this.#entries.keys().next().value;
      this.#entries.delete(oldest);
    }
  }

  get size() {
    return this.#entries.size;
  }
}

module.exports = { IdempotencyCache };
