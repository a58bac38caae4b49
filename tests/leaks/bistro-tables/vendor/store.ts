/**
 * store: a plain object you mutate directly, with change notifications (in the spirit of
 * valtio). Reads hand out proxies; writes and deletes through them notify subscribers with
 * the path that changed.
 *
 *   const { state, subscribe } = createStore({ tables: {} });
 *   subscribe((op, path, value) => …);
 *   state.tables.T4 = { covers: 2 };      // notifies ["tables", "T4"]
 */

export type Path = PropertyKey[];
export type Listener = (op: "set" | "delete", path: Path, value: unknown) => void;

export function createStore<T extends object>(initial: T) {
  const listeners = new Set<Listener>();
  // the same object always gets the same proxy, so `===` and Set membership work on state
  const proxies = new Map<object, object>();

  const notify = (op: "set" | "delete", path: Path, value: unknown) => {
    for (const fn of listeners) {
      try {
        fn(op, path, value);
      } catch (err) {
        console.error("store listener failed", err);
      }
    }
  };

  function wrap<O extends object>(target: O, path: Path): O {
    const known = proxies.get(target);
    if (known) return known as O;
    const proxy = new Proxy(target, {
      get(t, key, receiver) {
        const value = Reflect.get(t, key, receiver);
        if (value !== null && typeof value === "object") return wrap(value, [...path, key]);
        return value;
      },
      set(t, key, value, receiver) {
        const ok = Reflect.set(t, key, value, receiver);
        if (Array.isArray(t) && key === "length") return ok;
        notify("set", [...path, key], value);
        return ok;
      },
      deleteProperty(t, key) {
        const had = Object.prototype.hasOwnProperty.call(t, key);
        const ok = Reflect.deleteProperty(t, key);
        if (had) notify("delete", [...path, key], undefined);
        return ok;
      },
    });
    proxies.set(target, proxy);
    return proxy;
  }

  return {
    state: wrap(initial, []),
    subscribe(fn: Listener): () => void {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}
