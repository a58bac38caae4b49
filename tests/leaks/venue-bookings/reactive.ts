/** Signals and computed values (a trimmed copy of the reactive core the booking widgets use). */

let active: Derived<unknown> | null = null;

interface Dependency {
  drop(reader: Derived<unknown>): void;
}

export class Cell<T> implements Dependency {
  #value: T;
  #readers = new Set<Derived<unknown>>();

  constructor(value: T) {
    this.#value = value;
  }

  get value(): T {
    if (active) {
      this.#readers.add(active);
      active.track(this);
    }
    return this.#value;
  }

  set value(next: T) {
    this.#value = next;
    for (const reader of this.#readers) reader.markStale();
  }

  get readers(): number {
    return this.#readers.size;
  }

  drop(reader: Derived<unknown>): void {
    this.#readers.delete(reader);
  }
}

export class Derived<T> {
  #compute: () => T;
  #cached: T | undefined;
  #stale = true;
  #deps = new Set<Dependency>();

  constructor(compute: () => T) {
    this.#compute = compute;
  }

  get value(): T {
    if (this.#stale) {
      const outer = active;
      active = this as Derived<unknown>;
      try {
        this.#cached = this.#compute();
        this.#stale = false;
      } finally {
        active = outer;
      }
    }
    return this.#cached as T;
  }

  track(dep: Dependency): void {
    this.#deps.add(dep);
  }

  markStale(): void {
    this.#stale = true;
  }

  dispose(): void {
    for (const dep of this.#deps) dep.drop(this as Derived<unknown>);
    this.#deps.clear();
  }
}
