/**
 * A tiny observable store: a Proxy around a plain object that tells its subscribers about every
 * assignment. `store[SUBSCRIBE](fn)` registers `fn` and returns the unsubscribe function.
 */

export const SUBSCRIBE = Symbol("subscribe");

export type Listener<T> = (key: keyof T, value: unknown, state: Readonly<T>) => void;

export type Observable<T extends object> = T & {
  [SUBSCRIBE](fn: Listener<T>): () => void;
};

export function observable<T extends object>(initial: T): Observable<T> {
  const listeners: Listener<T>[] = [];

  const subscribe = (fn: Listener<T>) => {
    listeners.push(fn);
    return () => {
      const at = listeners.indexOf(fn);
      if (at !== -1) listeners.splice(at, 1);
    };
  };

  return new Proxy(initial, {
    get(target, key, receiver) {
      if (key === SUBSCRIBE) return subscribe;
      return Reflect.get(target, key, receiver);
    },
    set(target, key, value, receiver) {
      const ok = Reflect.set(target, key, value, receiver);
      for (const fn of [...listeners]) fn(key as keyof T, value, target);
      return ok;
    },
  }) as Observable<T>;
}
