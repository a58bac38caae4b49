// memo 2.1.0 — memoize with a max age (vendored)

export interface MemoOptions<A extends unknown[]> {
  /** Milliseconds a result stays fresh. */
  maxAge: number;
  /** Cache key for the arguments; defaults to JSON of all of them. */
  key?: (...args: A) => string;
}

export function memoize<A extends unknown[], R>(
  fn: (...args: A) => R,
  opts: MemoOptions<A>,
): (...args: A) => R {
  const cache = new Map<string, { value: R; at: number }>();
  return (...args: A): R => {
    const key = opts.key ? opts.key(...args) : JSON.stringify(args);
    const now = Date.now();
    const hit = cache.get(key);
    if (hit) {
      if (now - hit.at < opts.maxAge) return hit.value;
      cache.delete(key);
    }
    const value = fn(...args);
    cache.set(key, { value, at: now });
    return value;
  };
}
