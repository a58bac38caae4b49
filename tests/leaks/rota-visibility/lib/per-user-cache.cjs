"use strict";

/**
 * Memoises expensive per-user views (what a user may see depends on their teams and roles).
 * Each user gets a small map of their own, capped at `perUser` keys.
 */
class PerUserCache {
  #byUser = new Map();
  #perUser;

  constructor({ perUser = 16 } = {}) {
    this.#perUser = perUser;
  }

  get(user, key, compute) {
    let mine = this.#byUser.get(user);
    if (!mine) {
      mine = new Map();
      this.#byUser.set(user, mine);
    }
    if (mine.has(key)) return mine.get(key);
    const value = compute();
    mine.set(key, value);
    if (mine.size > this.#perUser) mine.delete(mine.keys().next().value);
    return value;
  }

  /** On logout or when the user's teams change. */
  drop(user) {
    this.#byUser.delete(user);
  }

  size() {
    return this.#byUser.size;
  }
}

module.exports = { PerUserCache };
