/**
 * Event-sourced state: every change is an event folded into the state by `apply`. The last
 * `keep` events stay for the audit view; older ones are already folded into the state.
 */
export type Unsubscribe = () => void;

export function eventStore<S, E extends { type: string }>(
  apply: (state: S, event: E) => S,
  initial: S,
  keep = 50,
) {
  let state = initial;
  let seq = 0;
  const recent: (E & { seq: number; at: number })[] = [];
  const subscribers = new Set<(state: S, event: E) => void>();

  return {
    get state() {
      return state;
    },
    get seq() {
      return seq;
    },
    recent: () => recent.slice(),
    append(event: E) {
      state = apply(state, event);
      recent.push({ ...event, seq: ++seq, at: Date.now() });
      if (recent.length > keep) recent.splice(0, recent.length - keep);
      for (const fn of subscribers) fn(state, event);
    },
    subscribe(fn: (state: S, event: E) => void): Unsubscribe {
      subscribers.add(fn);
      return () => void subscribers.delete(fn);
    },
  };
}

/** Calls fn at most once per `ms` per key; the last call in a window runs at its end. */
export function throttleBy<A extends unknown[]>(fn: (key: string, ...args: A) => void, ms: number) {
  const windows = new Map<string, { timer: ReturnType<typeof setTimeout>; last: A | null }>();
  const call = (key: string, ...args: A) => {
    const w = windows.get(key);
    if (w) {
      w.last = args;
      return;
    }
    fn(key, ...args);
    const entry: { timer: ReturnType<typeof setTimeout>; last: A | null } = {
      last: null,
      timer: setTimeout(() => {
        windows.delete(key);
        if (entry.last) fn(key, ...entry.last);
      }, ms),
    };
    windows.set(key, entry);
  };
  return Object.assign(call, {
    get pending() {
      return windows.size;
    },
  });
}
