/**
 * A value stream whose subscribers are held weakly: a report or widget that subscribes to a
 * spot's swell does not have to unsubscribe, it goes when nothing else uses it, and the next
 * emit drops it from the list.
 */
interface Subscriber<T> {
  ref: WeakRef<object>;
  handler: (value: T) => void;
}

export class WeakSignal<T> {
  #subscribers: Subscriber<T>[] = [];
  #last: T | undefined;

  constructor(initial?: T) {
    this.#last = initial;
  }

  get value(): T | undefined {
    return this.#last;
  }

  subscribe<O extends object>(owner: O, method: (this: O, value: T) => void): void {
    const handler = method.bind(owner) as (value: T) => void;
    this.#subscribers.push({ ref: new WeakRef(owner), handler });
    if (this.#last !== undefined) handler(this.#last);
  }

  emit(value: T): void {
    this.#last = value;
    // Forget the owners that have been collected since the last emit.
    this.#subscribers = this.#subscribers.filter((s) => s.ref.deref() !== undefined);
    for (const s of this.#subscribers) s.handler(value);
  }

  get subscriberCount(): number {
    return this.#subscribers.length;
  }
}
