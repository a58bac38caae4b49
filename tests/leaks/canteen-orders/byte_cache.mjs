/** A cache bounded by the bytes of its values (each entry remembers the size it was charged). */
export class ByteCache {
  #entries = new Map();
  #bytes = 0;

  constructor(maxBytes) {
    this.maxBytes = maxBytes;
  }

  get(key) {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  set(key, value, size) {
    const old = this.#entries.get(key);
    if (old) {
      this.#entries.delete(key);
      this.#bytes -= old.size;
    }
    this.#entries.set(key, { value, size });
    this.#bytes += size;
    for (const [oldestKey, oldest] of this.#entries) {
      if (this.#bytes <= this.maxBytes || this.#entries.size === 1) break;
      this.#entries.delete(oldestKey);
      this.#bytes -= oldest.size;
    }
  }

  stats() {
    return { entries: this.#entries.size, bytes: this.#bytes, maxBytes: this.maxBytes };
  }
}
