"use strict";

const { createHash } = require("node:crypto");

const KEEP = 40;
const PREVIEWS = 25;

/**
 * Finished pattern files. The shop's import job copies them to the asset store within a
 * minute, so we keep only the most recent few here, plus a small cache of the text previews
 * the designer sees on the "check your upload" page.
 */
class PatternShelf {
  constructor() {
    this.recent = [];
    this.previews = new Map();
    this.byDesigner = new Map();
  }

  shelve(session) {
    const body = session.chunks.join("");
    const pattern = {
      id: session.id,
      designer: session.designer,
      filename: session.filename,
      size: session.size,
      sha1: createHash("sha1").update(body).digest("hex"),
      body,
      shelvedAt: Date.now(),
    };
    this.recent.push(pattern);
    if (this.recent.length > KEEP) this.recent.shift();
    const counts = this.byDesigner.get(pattern.designer) ?? { patterns: 0, bytes: 0 };
    counts.patterns++;
    counts.bytes += pattern.size;
    this.byDesigner.set(pattern.designer, counts);
    return pattern;
  }

  find(id) {
    return this.recent.find((p) => p.id === id) ?? null;
  }

  preview(id) {
    const cached = this.previews.get(id);
    if (cached) {
      this.previews.delete(id);
      this.previews.set(id, cached);
      return cached;
    }
    const pattern = this.find(id);
    if (!pattern) return null;
    const preview = {
      id,
      filename: pattern.filename,
      pages: Math.max(1, Math.ceil(pattern.size / 400)),
      firstLine: `${pattern.filename} — ${pattern.body.slice(0, 48)}`,
    };
    this.previews.set(id, preview);
    if (this.previews.size > PREVIEWS) this.previews.delete(this.previews.keys().next().value);
    return preview;
  }

  designer(name) {
    return this.byDesigner.get(name) ?? { patterns: 0, bytes: 0 };
  }
}

module.exports = { PatternShelf };
