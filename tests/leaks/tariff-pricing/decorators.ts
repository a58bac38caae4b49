// Method decorators (TC39) shared by the application services.

type Method<This, Args extends unknown[], R> = (this: This, ...args: Args) => R;

/** Per-method call counts and total time, for /metrics. */
export const methodStats = new Map<string, { calls: number; totalMs: number }>();

/** Counts calls and time of the method under "Class.method". */
export function logged<This, Args extends unknown[], R>(
  target: Method<This, Args, R>,
  context: ClassMethodDecoratorContext<This, Method<This, Args, R>>,
): Method<This, Args, R> {
  const name = String(context.name);
  return function (this: This, ...args: Args): R {
    const owner = (this as { constructor: { name: string } }).constructor.name;
    const label = `${owner}.${name}`;
    let stats = methodStats.get(label);
    if (!stats) methodStats.set(label, stats = { calls: 0, totalMs: 0 });
    const started = performance.now();
    try {
      return target.apply(this, args);
    } finally {
      stats.calls++;
      stats.totalMs += performance.now() - started;
    }
  };
}

/**
 * Memoises the method's result per argument list for `ttlMs` (an async method's promise is
 * kept, so concurrent callers share it).
 */
export function cached(options: { ttlMs: number }) {
  return function <This, Args extends unknown[], R>(
    target: Method<This, Args, R>,
    _context: ClassMethodDecoratorContext<This, Method<This, Args, R>>,
  ): Method<This, Args, R> {
    const cache = new Map<string, { value: R; expires: number }>();
    return function (this: This, ...args: Args): R {
      const key = JSON.stringify(args);
      const now = Date.now();
      const hit = cache.get(key);
      if (hit) {
        if (hit.expires > now) return hit.value;
        cache.delete(key);
      }
      const value = target.apply(this, args);
      cache.set(key, { value, expires: now + options.ttlMs });
      return value;
    };
  };
}
