// memo-cache 1.3.0 — tiny memoizer with optional size bound and expiry.

export interface MemoOptions<A extends unknown[]> {
  /** Most entries kept; the oldest go first. Unbounded when not set. */
  maxSize?: number;
  /** How long a result stays fresh (default: forever). */
  ttlMs?: number;
  /** Cache key of the arguments (default: JSON of the arguments). */
  key?: (...args: A) => string;
}

interface Entry<V> {
  value: V;
  expiresAt: number;
}

export class MemoCache<V> {
  #entries = new Map<string, Entry<V>>();
  #hits = 0;
  #misses = 0;

  constructor(readonly maxSize?: number, readonly ttlMs = Infinity) {}

  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined || entry.expiresAt <= Date.now()) {
      this.#misses++;
      return undefined;
    }
    this.#hits++;
    return entry.value;
  }

  set(key: string, value: V): void {
    this.#entries.set(key, { value, expiresAt: Date.now() + this.ttlMs });
    if (this.maxSize !== undefined && this.#entries.size > this.maxSize) {
      const oldest = this.#entries.keys().next().value!;
      this.#entries.delete(oldest);
    }
  }

  stats() {
    return { size: this.#entries.size, hits: this.#hits, misses: this.#misses };
  }
}

export function memoize<A extends unknown[], R>(
  fn: (...args: A) => R,
  options: MemoOptions<A> = {},
): ((...args: A) => R) & { cache: MemoCache<R> } {
  const cache = new MemoCache<R>(options.maxSize, options.ttlMs);
  const keyOf = options.key ?? ((...args: A) => JSON.stringify(args));
  const memoized = (...args: A): R => {
    const key = keyOf(...args);
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = fn(...args);
    cache.set(key, value);
    return value;
  };
  return Object.assign(memoized, { cache });
}
