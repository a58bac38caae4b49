"use strict";

/**
 * Match rows. Reads hand out a copy, so a move that fails half-way through validation can't
 * leave a half-applied board behind; `save` writes the copy back.
 */
class MatchStore {
  #rows = new Map();
  #finished = [];

  load(id) {
    const row = this.#rows.get(id);
    return row ? structuredClone(row) : null;
  }

  insert(match) {
    if (this.#rows.has(match.id)) return false;
    this.#rows.set(match.id, structuredClone(match));
    return true;
  }

  save(match) {
    if (match.status === "finished") {
      this.#rows.delete(match.id);
      this.#finished.unshift(structuredClone(match));
      if (this.#finished.length > 30) this.#finished.length = 30;
      return;
    }
    this.#rows.set(match.id, structuredClone(match));
  }

  finished(id) {
    return this.#finished.find((m) => m.id === id) ?? null;
  }

  get live() {
    return this.#rows.size;
  }
}

module.exports = { store: new MatchStore() };
