"use strict";

// Rendered HTML by URL, with surrogate-key style tags so that a change to a product can
// invalidate every page that shows it (its own page, the category page, the home page).
class PageCache {
  constructor({ maxEntries = 200 } = {}) {
    this.maxEntries = maxEntries;
    this.entries = new Map(); // url -> { html, tags, storedAt }
    this.tagIndex = new Map(); // tag -> Set of urls
    this.stats = { hits: 0, misses: 0, evictions: 0, invalidations: 0 };
  }

  get(url) {
    const entry = this.entries.get(url);
    if (!entry) {
      this.stats.misses++;
      return undefined;
    }
    this.stats.hits++;
    this.entries.delete(url);
    this.entries.set(url, entry);
    return entry.html;
  }

  set(url, html, tags) {
    if (this.entries.has(url)) this.#drop(url);
    this.entries.set(url, { html, tags, storedAt: Date.now() });
    for (const tag of tags) {
      let keys = this.tagIndex.get(tag);
      if (!keys) {
        keys = new Set();
        this.tagIndex.set(tag, keys);
      }
      keys.add(url);
    }
    while (this.entries.size > this.maxEntries) {
      this.stats.evictions++;
      this.#drop(this.entries.keys().next().value);
    }
  }

  // Removes a page and takes it out of its tags.
  #drop(url) {
    const entry = this.entries.get(url);
    if (!entry) return;
    this.entries.delete(url);
    for (const tag of entry.tags) {
      const keys = this.tagIndex.get(tag);
      if (!keys) continue;
      keys.delete(url);
      if (keys.size === 0) this.tagIndex.delete(tag);
    }
  }

  // Purges every page carrying the tag.
  invalidate(tag) {
    const keys = this.tagIndex.get(tag);
    if (!keys) return 0;
    for (const url of keys) this.entries.delete(url);
    this.tagIndex.delete(tag);
    this.stats.invalidations++;
    return keys.size;
  }

  summary() {
    return { pages: this.entries.size, tags: this.tagIndex.size, ...this.stats };
  }
}

module.exports = { PageCache };
