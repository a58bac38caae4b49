// memo 0.4.1 — tiny keyed memoisation with an optional size cap (FIFO).

export interface MemoOptions<A extends unknown[]> {
  /** Most results kept; the oldest goes first. Unbounded when not given. */
  max?: number;
  /** Cache key for a call; defaults to JSON of the arguments. */
  key?: (...args: A) => string;
}

export class Memo<A extends unknown[], R> {
  #fn: (...args: A) => R;
  #cache = new Map<string, R>();
  #max: number;
  #key: (...args: A) => string;
  hits = 0;
  misses = 0;

  constructor(fn: (...args: A) => R, options: MemoOptions<A> = {}) {
    this.#fn = fn;
    this.#max = options.max ?? Infinity;
    this.#key = options.key ?? ((...args: A) => JSON.stringify(args));
  }

  call(...args: A): R {
    const key = this.#key(...args);
    if (this.#cache.has(key)) {
      this.hits++;
      return this.#cache.get(key)!;
    }
    this.misses++;
    const value = this.#fn(...args);
    this.#cache.set(key, value);
    if (this.#cache.size > this.#max) {
      const oldest = this.#cache.keys().next().value as string;
      this.#cache.delete(oldest);
    }
    return value;
  }

  clear(): void {
    this.#cache.clear();
  }

  get size(): number {
    return this.#cache.size;
  }
}
