// keyed-debounce 0.3.1 — a trailing debounce per key (vendored)

export interface KeyedDebounced<A extends unknown[]> {
  (key: string, ...args: A): void;
  /** Drops the pending call for `key`, if any. */
  cancel(key: string): void;
  /** Runs the pending call for `key` now, if any. */
  flush(key: string): void;
  pending(key: string): boolean;
}

export function keyedDebounce<A extends unknown[]>(
  fn: (...args: A) => void,
  wait: number,
): KeyedDebounced<A> {
  const timers = new Map<string, { timer: ReturnType<typeof setTimeout>; args: A }>();

  const run = (key: string) => {
    const entry = timers.get(key);
    if (!entry) return;
    timers.delete(key);
    fn(...entry.args);
  };

  const debounced = ((key: string, ...args: A) => {
    const prev = timers.get(key);
    if (prev) clearTimeout(prev.timer);
    timers.set(key, { timer: setTimeout(() => run(key), wait), args });
  }) as KeyedDebounced<A>;

  debounced.cancel = (key) => {
    const entry = timers.get(key);
    if (!entry) return;
    clearTimeout(entry.timer);
    timers.delete(key);
  };
  debounced.flush = (key) => {
    const entry = timers.get(key);
    if (!entry) return;
    clearTimeout(entry.timer);
    run(key);
  };
  debounced.pending = (key) => timers.has(key);
  return debounced;
}
