/**
 * A small reactive core (signals and computed values, in the style of Preact signals and the
 * TC39 proposal): a computed value records the signals it reads while it runs and is marked
 * stale when one of them changes, so the totals of an open quote follow price-book updates
 * without anyone recomputing them by hand.
 */

let tracking: Computed<unknown> | null = null;

interface Source {
  unsubscribe(reader: Computed<unknown>): void;
}

export class Signal<T> implements Source {
  #value: T;
  #subscribers = new Set<Computed<unknown>>();
  #version = 0;

  constructor(value: T) {
    this.#value = value;
  }

  /** The current value; read inside a computed, the computed is subscribed to this signal. */
  get value(): T {
    const reader = tracking;
    if (reader) {
      this.#subscribers.add(reader);
      reader.dependsOn(this);
    }
    return this.#value;
  }

  set value(next: T) {
    if (Object.is(next, this.#value)) return;
    this.#value = next;
    this.#version++;
    for (const reader of this.#subscribers) reader.invalidate();
  }

  /** The value without subscribing the running computation. */
  peek(): T {
    return this.#value;
  }

  get version(): number {
    return this.#version;
  }

  get subscriberCount(): number {
    return this.#subscribers.size;
  }

  unsubscribe(reader: Computed<unknown>): void {
    this.#subscribers.delete(reader);
  }
}

export class Computed<T> implements Source {
  #fn: () => T;
  #value: T | undefined;
  #stale = true;
  #sources = new Set<Source>();
  #dependents = new Set<Computed<unknown>>();
  #runs = 0;

  constructor(fn: () => T) {
    this.#fn = fn;
  }

  get value(): T {
    if (tracking) {
      this.#dependents.add(tracking);
      tracking.dependsOn(this);
    }
    if (this.#stale) this.#recompute();
    return this.#value as T;
  }

  get runs(): number {
    return this.#runs;
  }

  #recompute(): void {
    const outer = tracking;
    tracking = this as Computed<unknown>;
    try {
      this.#value = this.#fn();
      this.#stale = false;
      this.#runs++;
    } finally {
      tracking = outer;
    }
  }

  dependsOn(source: Source): void {
    this.#sources.add(source);
  }

  invalidate(): void {
    if (this.#stale) return;
    this.#stale = true;
    for (const dependent of this.#dependents) dependent.invalidate();
  }

  unsubscribe(reader: Computed<unknown>): void {
    this.#dependents.delete(reader);
  }

  /** Detaches this computation from everything it read. */
  dispose(): void {
    for (const source of this.#sources) source.unsubscribe(this as Computed<unknown>);
    this.#sources.clear();
    this.#stale = true;
  }
}

export function signal<T>(value: T): Signal<T> {
  return new Signal(value);
}
