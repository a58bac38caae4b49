/**
 * Stale-while-revalidate: a stale entry is served at once and refreshed in the background; only
 * the first request for a key waits for the supplier.
 */
export class SwrCache {
  #entries = new Map();
  #refreshing = new Map();
  #load;
  #max;
  #log;

  constructor(load, { max = 200, log = console } = {}) {
    this.#load = load;
    this.#max = max;
    this.#log = log;
  }

  async get(key) {
    const entry = this.#entries.get(key);
    if (!entry) {
      const loaded = await this.#load(key);
      this.#store(key, loaded);
      return { value: loaded.value, stale: false };
    }
    // keep hot keys at the young end
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    if (Date.now() - entry.fetchedAt >= entry.maxAgeMs) this.#revalidate(key);
    return { value: entry.value, stale: Date.now() - entry.fetchedAt >= entry.maxAgeMs };
  }

  #revalidate(key) {
    if (this.#refreshing.has(key)) return;
    const refresh = this.#load(key).then((loaded) => {
      this.#store(key, loaded);
      this.#refreshing.delete(key);
    });
    this.#refreshing.set(key, refresh);
    refresh.catch((err) => this.#log.warn(`revalidate ${key}: ${err.message}`));
  }

  #store(key, { value, maxAgeMs }) {
    this.#entries.delete(key);
    this.#entries.set(key, { value, maxAgeMs, fetchedAt: Date.now() });
    if (this.#entries.size > this.#max) this.#entries.delete(this.#entries.keys().next().value);
  }

  stats() {
    return { entries: this.#entries.size, refreshing: this.#refreshing.size };
  }
}
