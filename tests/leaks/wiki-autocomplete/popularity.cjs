"use strict";

const FLUSH_MS = 200;
const KEEP = 50;

/**
 * What people search for, to offer as "popular searches" under the box. Counting happens on
 * every keystroke-driven request, so counts are batched and folded into the ranking every
 * FLUSH_MS instead of re-sorting the list each time.
 */
class Popularity {
  #pending = new Map();
  #ranking = [];
  #timer = null;
  #flushes = 0;

  count(query, source) {
    const key = query.trim().toLowerCase();
    if (key.length < 3) return;
    const p = this.#pending.get(key);
    if (p) {
      p.n++;
      p.sources.add(source);
    } else {
      this.#pending.set(key, {
        query: query.trim(),
        n: 1,
        sources: new Set([source]),
        at: Date.now(),
      });
    }
    if (!this.#timer) {
      this.#timer = setTimeout(() => this.#flush(), FLUSH_MS);
    }
  }

  #flush() {
    for (const [key, p] of this.#pending) {
      const existing = this.#ranking.find((r) => r.key === key);
      if (existing) existing.n += p.n;
      else this.#ranking.push({ key, query: p.query, n: p.n });
    }
    this.#pending.clear();
    this.#ranking.sort((a, b) => b.n - a.n);
    this.#ranking.length = Math.min(this.#ranking.length, KEEP);
    this.#flushes++;
  }

  top(n = 10) {
    return this.#ranking.slice(0, n).map((r) => r.query);
  }

  stats() {
    return { pending: this.#pending.size, ranked: this.#ranking.length, flushes: this.#flushes };
  }
}

module.exports = { Popularity };
