/** Method wrappers used across the service (the team's stand-in for TS decorators). */

type AsyncFn<A extends unknown[], R> = (...args: A) => Promise<R>;

/**
 * Concurrent calls with the same key share one call: a double-clicked "Submit" sends the
 * application to the court once, and both clicks get the same receipt.
 */
export function singleFlight<A extends unknown[]>(keyOf: (...args: A) => string) {
  return <R>(fn: AsyncFn<A, R>) => {
    const inFlight = new Map<string, Promise<R>>();
    const wrapped = (...args: A): Promise<R> => {
      const key = keyOf(...args);
      const running = inFlight.get(key);
      if (running) return running;
      const p = fn(...args).finally(() => inFlight.delete(keyOf(...args)));
      inFlight.set(key, p);
      return p;
    };
    return Object.assign(wrapped, { pending: () => inFlight.size });
  };
}

export interface Timings {
  count: number;
  totalMs: number;
  maxMs: number;
  /** Calls by duration bucket: <10 ms, <50, <250, longer. */
  buckets: [number, number, number, number];
}

export const timings = new Map<string, Timings>();

/** Records how long each call takes under `name`. */
export function timed(name: string) {
  return <A extends unknown[], R>(fn: AsyncFn<A, R>): AsyncFn<A, R> => async (...args: A) => {
    const started = performance.now();
    try {
      return await fn(...args);
    } finally {
      const ms = performance.now() - started;
      const t = timings.get(name) ?? { count: 0, totalMs: 0, maxMs: 0, buckets: [0, 0, 0, 0] };
      t.count++;
      t.totalMs += ms;
      t.maxMs = Math.max(t.maxMs, ms);
      t.buckets[ms < 10 ? 0 : ms < 50 ? 1 : ms < 250 ? 2 : 3]++;
      timings.set(name, t);
    }
  };
}

/** Retries a call that fails with a retryable error, with a short backoff. */
export function retry(times: number, isRetryable: (err: unknown) => boolean) {
  return <A extends unknown[], R>(fn: AsyncFn<A, R>): AsyncFn<A, R> => async (...args: A) => {
    for (let attempt = 0;; attempt++) {
      try {
        return await fn(...args);
      } catch (err) {
        if (attempt >= times || !isRetryable(err)) throw err;
        await new Promise((r) => setTimeout(r, 20 * (attempt + 1)));
      }
    }
  };
}
