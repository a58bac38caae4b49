/**
 * Page cache with tag-based invalidation: every entry lists the records it was built from
 * (`tile:T100`, `collection:metro`), and a write to a record drops every page tagged with it.
 */
export interface CacheEntry {
  key: string;
  body: string;
  etag: string;
  tags: string[];
  storedAt: number;
}

export class TaggedCache {
  #entries = new Map<string, CacheEntry>();
  #byTag = new Map<string, Set<CacheEntry>>();
  #max: number;

  constructor(max: number) {
    this.#max = max;
  }

  get(key: string): CacheEntry | undefined {
    return this.#entries.get(key);
  }

  set(key: string, body: string, tags: string[]): CacheEntry {
    const entry: CacheEntry = {
      key,
      body,
      etag: `W/"${body.length.toString(16)}-${Date.now().toString(16)}"`,
      tags,
      storedAt: Date.now(),
    };
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    for (const tag of tags) {
      let set = this.#byTag.get(tag);
      if (!set) {
        set = new Set();
        this.#byTag.set(tag, set);
      }
      set.add(entry);
    }
    while (this.#entries.size > this.#max) {
      const oldest = this.#entries.keys().next().value!;
      this.#entries.delete(oldest);
    }
    return entry;
  }

  invalidate(tag: string): number {
    const set = this.#byTag.get(tag);
    if (!set) return 0;
    for (const entry of set) {
      if (this.#entries.get(entry.key) === entry) this.#entries.delete(entry.key);
    }
    this.#byTag.delete(tag);
    return set.size;
  }

  stats() {
    return { entries: this.#entries.size, tags: this.#byTag.size };
  }
}
