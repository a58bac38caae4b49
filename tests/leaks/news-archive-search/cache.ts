import type { Hit } from "./archive.ts";

const CAPACITY = 50;

/** Recent result lists by query; the archive never changes while we run, so no expiry. */
export class ResultCache {
  #entries = new Map<string, Hit[]>();
  hits = 0;
  misses = 0;

  get(key: string): Hit[] | undefined {
    const found = this.#entries.get(key);
    if (found) {
      this.hits++;
      // most recently used goes to the back
      this.#entries.delete(key);
      this.#entries.set(key, found);
    } else {
      this.misses++;
    }
    return found;
  }

  set(key: string, hits: Hit[]) {
    this.#entries.delete(key);
    this.#entries.set(key, hits);
    while (this.#entries.size > CAPACITY) {
      const oldest = this.#entries.keys().next().value!;
      this.#entries.delete(oldest);
    }
  }

  get size(): number {
    return this.#entries.size;
  }
}
