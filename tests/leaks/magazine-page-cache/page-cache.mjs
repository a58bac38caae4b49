/**
 * Rendered pages by locale and path, least recently used out first. Each entry carries tags
 * (the article, the locale, "search") so an edit can drop every page that showed it.
 */
export class PageCache {
  #entries = new Map();
  #byTag = new Map();
  hits = 0;
  misses = 0;

  constructor(max = 40) {
    this.max = max;
  }

  get(key) {
    const entry = this.#entries.get(key);
    if (!entry) {
      this.misses++;
      return undefined;
    }
    // move to the young end
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    this.hits++;
    return entry;
  }

  set(key, html, tags) {
    if (this.#entries.has(key)) this.#drop(key);
    const entry = { key, html, tags, renderedAt: Date.now() };
    this.#entries.set(key, entry);
    for (const tag of tags) {
      let keys = this.#byTag.get(tag);
      if (!keys) {
        keys = new Set();
        this.#byTag.set(tag, keys);
      }
      keys.add(key);
    }
    while (this.#entries.size > this.max) {
      this.#drop(this.#entries.keys().next().value);
    }
    return entry;
  }

  invalidateTag(tag) {
    const keys = this.#byTag.get(tag);
    if (!keys) return 0;
    let n = 0;
    for (const key of [...keys]) {
      this.#drop(key);
      n++;
    }
    return n;
  }

  #drop(key) {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    for (const tag of entry.tags) {
      const keys = this.#byTag.get(tag);
      if (!keys) continue;
      keys.delete(key);
      if (keys.size === 0) this.#byTag.delete(tag);
    }
  }

  stats() {
    return {
      entries: this.#entries.size,
      tags: this.#byTag.size,
      hits: this.hits,
      misses: this.misses,
    };
  }
}
