// memo 1.3.0 — small memoisation helper with time-based expiry.

export interface MemoOptions<A extends unknown[]> {
  /** How long a computed value stays fresh. */
  ttlMs: number;
  /** Cache key for a call; JSON of the arguments by default. */
  key?: (...args: A) => string;
}

export interface Memoized<A extends unknown[], R> {
  (...args: A): R;
  clear(): void;
  readonly size: number;
}

export function memoize<A extends unknown[], R>(
  fn: (...args: A) => R,
  opts: MemoOptions<A>,
): Memoized<A, R> {
  const entries = new Map<string, { value: R; expires: number }>();
  const keyOf = opts.key ?? ((...args: A) => JSON.stringify(args));

  const memo = ((...args: A): R => {
    const key = keyOf(...args);
    const now = Date.now();
    const hit = entries.get(key);
    if (hit) {
      if (hit.expires > now) return hit.value;
      entries.delete(key);
    }
    const value = fn(...args);
    entries.set(key, { value, expires: now + opts.ttlMs });
    return value;
  }) as Memoized<A, R>;

  memo.clear = () => entries.clear();
  Object.defineProperty(memo, "size", { get: () => entries.size });
  return memo;
}
