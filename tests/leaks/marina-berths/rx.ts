/**
 * The few reactive pieces the harbour services use, shaped like RxJS's so they can be swapped
 * for it later: a Subject, and a ReplaySubject that replays past values to new subscribers.
 */

export type Observer<T> = (value: T) => void;

export interface Subscription {
  unsubscribe(): void;
}

export class Subject<T> {
  protected readonly observers = new Set<Observer<T>>();

  next(value: T): void {
    for (const observer of [...this.observers]) {
      try {
        observer(value);
      } catch (err) {
        console.error("observer failed:", err);
      }
    }
  }

  subscribe(observer: Observer<T>): Subscription {
    this.observers.add(observer);
    return { unsubscribe: () => this.observers.delete(observer) };
  }
}

/**
 * Replays up to `bufferSize` values, none older than `windowMs`, to every new subscriber, then
 * passes on new values (RxJS's defaults: no limit on either).
 */
export class ReplaySubject<T> extends Subject<T> {
  #buffer: { value: T; at: number }[] = [];
  readonly bufferSize: number;
  readonly windowMs: number;

  constructor(bufferSize = Infinity, windowMs = Infinity) {
    super();
    this.bufferSize = Math.max(1, bufferSize);
    this.windowMs = Math.max(1, windowMs);
  }

  override next(value: T): void {
    this.#buffer.push({ value, at: Date.now() });
    this.#trim();
    super.next(value);
  }

  override subscribe(observer: Observer<T>): Subscription {
    this.#trim();
    for (const { value } of this.#buffer) observer(value);
    return super.subscribe(observer);
  }

  #trim(): void {
    if (this.bufferSize < Infinity && this.#buffer.length > this.bufferSize) {
      this.#buffer.splice(0, this.#buffer.length - this.bufferSize);
    }
    if (this.windowMs < Infinity) {
      const cutoff = Date.now() - this.windowMs;
      let stale = 0;
      while (stale < this.#buffer.length && this.#buffer[stale].at < cutoff) stale++;
      if (stale > 0) this.#buffer.splice(0, stale);
    }
  }
}
