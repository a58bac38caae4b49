"use strict";

/**
 * One-time download links for data-room documents. A used link stays marked for a moment (so
 * a second click answers 410) and the sweep drops used and expired links every 250 ms, and at
 * once when 100 are waiting.
 */
class LinkStore {
  #links = new Map();

  constructor({ ttlMs }) {
    this.ttlMs = ttlMs;
    this.timer = setInterval(() => this.sweep(), 250);
    this.timer.unref();
  }

  issue(id, doc, viewer) {
    const now = Date.now();
    this.#links.set(id, { id, doc, viewer, issuedAt: now, expiresAt: now + this.ttlMs });
    if (this.#links.size >= 100) this.sweep();
  }

  use(id) {
    const link = this.#links.get(id);
    if (!link) return { status: 404 };
    if (link.usedAt || link.expiresAt <= Date.now()) return { status: 410 };
    link.usedAt = Date.now();
    return { status: 200, link };
  }

  sweep(now = Date.now()) {
    const done = [];
    for (const [id, link] of this.#links) if (link.usedAt || link.expiresAt <= now) done.push(id);
    for (const id of done) this.#links.delete(id);
  }

  get size() {
    return this.#links.size;
  }
}

/** Access changes per room; open viewers listen so a revoked viewer's download stops. */
const access = new EventTarget();

module.exports = { LinkStore, access };
