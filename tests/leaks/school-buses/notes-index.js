"use strict";

const STOP = new Set([
  "a",
  "an",
  "and",
  "the",
  "with",
  "of",
  "on",
  "to",
  "for",
  "two",
  "in",
]);

function terms(text) {
  return [
    ...new Set(
      String(text ?? "")
        .toLowerCase()
        .normalize("NFD")
        .replace(/\p{M}/gu, "")
        .split(/[^a-z0-9]+/)
        .filter((t) => t.length > 2 && !STOP.has(t))
        .map((t) => (t.length > 4 && t.endsWith("s") ? t.slice(0, -1) : t)),
    ),
  ];
}

/** Search over the care notes of the passes (lowered step, wheelchair, guide dog, ...). */
class NotesIndex {
  constructor() {
    this.byTerm = new Map();
  }

  add(id, text) {
    for (const term of terms(text)) {
      if (!this.byTerm.has(term)) this.byTerm.set(term, new Set());
      this.byTerm.get(term).add(id);
    }
  }

  remove(id, text) {
    for (const term of terms(text)) {
      const ids = this.byTerm.get(term);
      if (!ids) continue;
      ids.delete(id);
      if (ids.size === 0) this.byTerm.delete(term);
    }
  }

  find(query) {
    const wanted = terms(query);
    if (!wanted.length) return [];
    let result = null;
    for (const term of wanted) {
      const ids = this.byTerm.get(term) ?? new Set();
      result = result === null ? [...ids] : result.filter((id) => ids.has(id));
    }
    return result ?? [];
  }
}

module.exports = { NotesIndex };
