/**
 * Coalesces search-index updates per product: patches for the same SKU are merged and sent as
 * one partial update once the SKU has been quiet for quietMs, or straight away once maxPatches
 * have piled up (a bulk edit that touches every field shouldn't sit waiting).
 */
export class Coalescer {
  #pending = new Map();
  #sink;
  #quietMs;
  #maxPatches;
  #sent = 0;

  constructor(sink, { quietMs = 150, maxPatches = 3 } = {}) {
    this.#sink = sink;
    this.#quietMs = quietMs;
    this.#maxPatches = maxPatches;
  }

  queue(key, patch) {
    let entry = this.#pending.get(key);
    if (!entry) {
      entry = { key, doc: {}, patches: 0, timer: null, since: Date.now() };
      this.#pending.set(key, entry);
    }
    Object.assign(entry.doc, patch);
    entry.patches++;
    if (entry.patches >= this.#maxPatches) {
      this.#send(entry);
      return;
    }
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => this.flush(key), this.#quietMs);
  }

  /** Sends what is pending for the SKU now, if anything. */
  flush(key) {
    const entry = this.#pending.get(key);
    if (!entry) return;
    this.#pending.delete(key);
    this.#send(entry);
  }

  #send(entry) {
    clearTimeout(entry.timer);
    entry.timer = null;
    entry.patches = 0;
    this.#sent++;
    try {
      this.#sink(entry.key, { ...entry.doc });
    } catch (err) {
      console.error(`search update for ${entry.key} failed:`, err);
    }
  }

  stats() {
    return { pending: this.#pending.size, sent: this.#sent };
  }
}
