/**
 * Request coalescing: while a lookup for a key is on its way, callers asking for the same key
 * get the same promise instead of starting another upstream call.
 */
export type Loader<V> = (key: string) => Promise<V>;

export interface Coalesced<V> {
  (key: string): Promise<V>;
  stats(): { inFlight: number; shared: number };
}

export function createCoalescer<V>(load: Loader<V>): Coalesced<V> {
  const inflight = new Map<string, Promise<V>>();
  let shared = 0;

  const get = (key: string): Promise<V> => {
    const existing = inflight.get(key);
    if (existing) {
      shared++;
      return existing;
    }
    const pending = load(key).then((value) => {
      inflight.delete(key);
      return value;
    });
    inflight.set(key, pending);
    return pending;
  };
  const coalesced = get as Coalesced<V>;
  coalesced.stats = () => ({ inFlight: inflight.size, shared });
  return coalesced;
}

/** At most `limit` calls run at once; the rest wait their turn in arrival order. */
export function createLimiter(limit: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    active--;
    const next = waiting.shift();
    if (next) next();
  };
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      release();
    }
  };
}
