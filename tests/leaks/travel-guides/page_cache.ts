/**
 * Rendered pages, kept under a byte budget (the budget is what the pod's memory limit was sized
 * for). Least recently used first out: a Map keeps insertion order, and a hit re-inserts.
 */

export interface CachedPage {
  html: string;
  headers: Record<string, string>;
  renderedAt: number;
}

export interface PageCacheStats {
  pages: number;
  bytes: number;
  maxBytes: number;
  hits: number;
  misses: number;
  evictions: number;
}

export class PageCache {
  #entries = new Map<string, CachedPage>();
  #bytes = 0;
  #hits = 0;
  #misses = 0;
  #evictions = 0;

  constructor(readonly maxBytes: number) {}

  get(key: string): CachedPage | undefined {
    const page = this.#entries.get(key);
    if (!page) {
      this.#misses++;
      return undefined;
    }
    this.#hits++;
    this.#entries.delete(key);
    this.#entries.set(key, page);
    return page;
  }

  set(key: string, entry: CachedPage): void {
    const previous = this.#entries.get(key);
    if (previous) {
      this.#entries.delete(key);
      this.#bytes -= previous.html.length;
    }
    this.#entries.set(key, entry);
    this.#bytes += entry.html.length;
    while (this.#bytes > this.maxBytes && this.#entries.size > 1) {
      const [oldestKey, oldest] = this.#entries.entries().next().value!;
      this.#entries.delete(oldestKey);
      this.#bytes -= Number(oldest.headers["content-length"]);
      this.#evictions++;
    }
  }

  purge(prefix: string): number {
    let n = 0;
    for (const [key, page] of this.#entries) {
      if (!key.startsWith(prefix)) continue;
      this.#entries.delete(key);
      this.#bytes -= page.html.length;
      n++;
    }
    return n;
  }

  stats(): PageCacheStats {
    return {
      pages: this.#entries.size,
      bytes: this.#bytes,
      maxBytes: this.maxBytes,
      hits: this.#hits,
      misses: this.#misses,
      evictions: this.#evictions,
    };
  }
}
