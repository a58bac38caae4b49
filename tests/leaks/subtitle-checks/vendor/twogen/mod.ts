/**
 * twogen — a two-generation cache (the hashlru idea, aged by time): new entries go into the
 * young generation; every `ttlMs` the young generation becomes the old one and what was old is
 * dropped, so an entry lives between one and two ticks unless it is read again (a read of an
 * old entry copies it back into the young generation). No per-entry timestamps, no sorting.
 */
export interface TwoGenOptions {
  ttlMs: number;
}

export class TwoGenerationCache<K, V> {
  #young = new Map<K, V>();
  #old = new Map<K, V>();
  #hits = 0;
  #misses = 0;
  #ticks = 0;
  #timer: ReturnType<typeof setInterval>;

  constructor(readonly options: TwoGenOptions) {
    this.#timer = setInterval(() => this.#tick(), options.ttlMs);
  }

  get(key: K): V | undefined {
    const young = this.#young.get(key);
    if (young !== undefined) {
      this.#hits++;
      return young;
    }
    const old = this.#old.get(key);
    if (old !== undefined) {
      this.#hits++;
      this.#young.set(key, old);
      return old;
    }
    this.#misses++;
    return undefined;
  }

  set(key: K, value: V) {
    this.#young.set(key, value);
  }

  has(key: K) {
    return this.#young.has(key) || this.#old.has(key);
  }

  /** The young generation becomes the old one (keeping the copies of what was read again). */
  #tick() {
    this.#ticks++;
    for (const [key, value] of this.#young) this.#old.set(key, value);
    this.#young.clear();
  }

  stats() {
    return {
      young: this.#young.size,
      old: this.#old.size,
      hits: this.#hits,
      misses: this.#misses,
      ticks: this.#ticks,
    };
  }

  close() {
    clearInterval(this.#timer);
  }
}
