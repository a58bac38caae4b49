"use strict";

const MAX_ENTRIES = 60;

/**
 * Search results by query. An entry is dropped as soon as a record in it changes (a loan
 * changes the availability we show), and the least recently used go when the cache is full.
 */
class ResultCache {
  constructor(catalogue) {
    this.catalogue = catalogue;
    this.entries = new Map();
    this.stats = { hits: 0, misses: 0, invalidated: 0, evicted: 0 };
  }

  lookup(key, compute) {
    const cached = this.entries.get(key);
    if (cached) {
      this.stats.hits++;
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached.hits;
    }
    this.stats.misses++;
    const entry = { key, hits: compute(), cachedAt: Date.now() };
    entry.watch = (change) => {
      if (entry.hits.some((h) => h.id === change.id)) {
        this.stats.invalidated++;
        this.drop(entry);
      }
    };
    this.catalogue.events.on("change", (change) => entry.watch(change));
    this.entries.set(key, entry);
    if (this.entries.size > MAX_ENTRIES) {
      this.stats.evicted++;
      this.drop(this.entries.values().next().value);
    }
    return entry.hits;
  }

  drop(entry) {
    if (this.entries.get(entry.key) === entry) this.entries.delete(entry.key);
    this.catalogue.events.off("change", entry.watch);
  }

  get size() {
    return this.entries.size;
  }
}

module.exports = { ResultCache };
