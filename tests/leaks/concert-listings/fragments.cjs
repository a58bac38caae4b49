"use strict";

const { createHash } = require("node:crypto");

/**
 * Rendered HTML fragments kept for a second or so, which is enough to absorb the rush when an
 * on-sale e-mail goes out and everyone opens the same cards.
 */
class FragmentCache {
  constructor({ ttlMs = 1000 } = {}) {
    this.ttlMs = ttlMs;
    this.entries = new Map();
    this.rendering = new Map();
    this.stats = { hits: 0, misses: 0, coalesced: 0 };
    this.pruneTimer = setInterval(() => this.prune(), Math.max(100, ttlMs / 4));
    this.pruneTimer.unref();
  }

  get(key) {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const now = Date.now();
    if (entry.expiresAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    entry.expiresAt = now + this.ttlMs;
    return entry;
  }

  set(key, html) {
    const entry = {
      html,
      etag: `"${createHash("sha1").update(html).digest("base64url").slice(0, 16)}"`,
      renderedAt: new Date().toUTCString(),
      expiresAt: Date.now() + this.ttlMs,
    };
    this.entries.set(key, entry);
    return entry;
  }

  async wrap(key, render) {
    const hit = this.get(key);
    if (hit) {
      this.stats.hits++;
      return hit;
    }
    const pending = this.rendering.get(key);
    if (pending) {
      this.stats.coalesced++;
      return pending;
    }
    this.stats.misses++;
    const promise = render().then((html) => this.set(key, html));
    this.rendering.set(key, promise);
    try {
      return await promise;
    } finally {
      this.rendering.delete(key);
    }
  }

  prune() {
    for (const key of this.entries.keys()) this.get(key);
  }
}

module.exports = { FragmentCache };
