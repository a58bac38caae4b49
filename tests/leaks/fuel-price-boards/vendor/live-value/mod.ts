/**
 * live-value 1.3.0 (vendored): a value that tells its subscribers when it changes, and values
 * derived from it with map().
 *
 * @module
 */

export interface ChangeEvent<T> {
  value: T;
  previous: T;
  at: number;
}

export type ChangeHandler<T> = (event: ChangeEvent<T>) => void;

export class LiveValue<T> {
  #value: T;
  #subscribers: ChangeHandler<T>[] = [];
  #onchange: ChangeHandler<T> | null = null;

  constructor(initial: T) {
    this.#value = initial;
  }

  get value(): T {
    return this.#value;
  }

  set value(next: T) {
    if (Object.is(next, this.#value)) return;
    const event = { value: next, previous: this.#value, at: Date.now() };
    this.#value = next;
    for (const handler of [...this.#subscribers]) handler(event);
  }

  /** Calls `handler` on every change; returns the function that stops it. */
  subscribe(handler: ChangeHandler<T>): () => void {
    this.#subscribers.push(handler);
    return () => {
      const i = this.#subscribers.indexOf(handler);
      if (i !== -1) this.#subscribers.splice(i, 1);
    };
  }

  /** DOM-style handler property, for code that prefers `value.onchange = fn`. */
  get onchange(): ChangeHandler<T> | null {
    return this.#onchange;
  }

  set onchange(handler: ChangeHandler<T> | null) {
    this.#onchange = handler;
    if (handler) this.subscribe(handler);
  }

  /** A value that follows this one through `fn`. */
  map<U>(fn: (value: T) => U): LiveValue<U> {
    const derived = new LiveValue(fn(this.#value));
    this.subscribe((event) => {
      derived.value = fn(event.value);
    });
    return derived;
  }

  get subscriberCount(): number {
    return this.#subscribers.length;
  }
}
