"use strict";

const { every } = require("./background.cjs");

/**
 * Generated files waiting for their one download. A downloaded file is kept briefly, marked, so
 * a second click says "already downloaded" rather than "unknown"; the sweep drops downloaded and
 * expired files every 250 ms.
 */
class DownloadStore {
  #entries = new Map();

  constructor({ ttlMs }) {
    this.ttlMs = ttlMs;
    every(250, "download-sweep", () => this.sweep());
  }

  put(id, file) {
    const now = Date.now();
    this.#entries.set(id, { id, file, createdAt: now, expiresAt: now + this.ttlMs });
  }

  take(id) {
    const entry = this.#entries.get(id);
    if (!entry) return { status: 404 };
    if (entry.downloadedAt || entry.expiresAt <= Date.now()) return { status: 410 };
    entry.downloadedAt = Date.now();
    return { status: 200, file: entry.file };
  }

  sweep(now = Date.now()) {
    const done = [];
    for (const [id, entry] of this.#entries) {
      if (entry.downloadedAt || entry.expiresAt <= now) done.push(id);
    }
    done.forEach(this.#entries.delete, this);
  }

  get size() {
    return this.#entries.size;
  }
}

module.exports = { DownloadStore };
