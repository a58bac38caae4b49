/**
 * A small reactive store: `state` is a Proxy that records which properties a watcher reads
 * and re-runs the watcher (once per microtask) when one of them is written.
 */
interface Watcher {
  deps: Set<PropertyKey>;
  run: () => void;
}

let active: Watcher | undefined;

export class ReactiveStore<T extends object> {
  readonly state: T;
  #watchers = new Set<Watcher>();
  #scheduled = new Set<Watcher>();

  constructor(initial: T) {
    this.state = new Proxy(structuredClone(initial), {
      get: (target, key, receiver) => {
        active?.deps.add(key);
        return Reflect.get(target, key, receiver);
      },
      set: (target, key, value, receiver) => {
        const changed = !Object.is(Reflect.get(target, key, receiver), value);
        const ok = Reflect.set(target, key, value, receiver);
        if (changed) this.#trigger(key);
        return ok;
      },
    });
  }

  /** Runs `effect` now and after every change to what it read; call the result to stop. */
  watch(effect: () => void): () => void {
    const watcher: Watcher = {
      deps: new Set(),
      run: () => {
        watcher.deps.clear();
        const outer = active;
        active = watcher;
        try {
          effect();
        } finally {
          active = outer;
        }
      },
    };
    watcher.run();
    this.#watchers.add(watcher);
    return () => {
      this.#watchers.delete(watcher);
      this.#scheduled.delete(watcher);
    };
  }

  #trigger(key: PropertyKey) {
    const first = this.#scheduled.size === 0;
    for (const watcher of this.#watchers) {
      if (watcher.deps.has(key)) this.#scheduled.add(watcher);
    }
    if (first && this.#scheduled.size > 0) queueMicrotask(() => this.#flush());
  }

  #flush() {
    const due = [...this.#scheduled];
    this.#scheduled.clear();
    for (const watcher of due) watcher.run();
  }

  get watching(): number {
    return this.#watchers.size;
  }
}
