/**
 * rx-lite: the part of RxJS the ops apps use (Observable, Subject, ReplaySubject, pipe and a
 * handful of operators), with RxJS's semantics so code moves between the two unchanged.
 *
 * @module
 */

export interface Observer<T> {
  next: (value: T) => void;
  error: (err: unknown) => void;
  complete: () => void;
}

type TeardownLogic = Subscription | (() => void) | void;

export class Subscription {
  closed = false;
  #teardowns: (Subscription | (() => void))[] = [];

  add(teardown: TeardownLogic) {
    if (!teardown) return;
    if (this.closed) {
      typeof teardown === "function" ? teardown() : teardown.unsubscribe();
      return;
    }
    this.#teardowns.push(teardown);
  }

  unsubscribe() {
    if (this.closed) return;
    this.closed = true;
    for (const teardown of this.#teardowns.splice(0)) {
      typeof teardown === "function" ? teardown() : teardown.unsubscribe();
    }
  }
}

export class Subscriber<T> extends Subscription implements Observer<T> {
  #destination: Partial<Observer<T>>;

  constructor(destination: Partial<Observer<T>>) {
    super();
    this.#destination = destination;
  }

  next(value: T) {
    if (!this.closed) this.#destination.next?.(value);
  }

  error(err: unknown) {
    if (this.closed) return;
    this.#destination.error?.(err);
    this.unsubscribe();
  }

  complete() {
    if (this.closed) return;
    this.#destination.complete?.();
    this.unsubscribe();
  }
}

export type OperatorFunction<T, R> = (source: Observable<T>) => Observable<R>;

export class Observable<T> {
  constructor(private readonly subscribeFn?: (subscriber: Subscriber<T>) => TeardownLogic) {}

  subscribe(observerOrNext?: Partial<Observer<T>> | ((value: T) => void)): Subscription {
    const observer = typeof observerOrNext === "function"
      ? { next: observerOrNext }
      : observerOrNext ?? {};
    const subscriber = new Subscriber<T>(observer);
    subscriber.add(this._subscribe(subscriber));
    return subscriber;
  }

  protected _subscribe(subscriber: Subscriber<T>): TeardownLogic {
    return this.subscribeFn?.(subscriber);
  }

  pipe(): Observable<T>;
  pipe<A>(op1: OperatorFunction<T, A>): Observable<A>;
  pipe<A, B>(op1: OperatorFunction<T, A>, op2: OperatorFunction<A, B>): Observable<B>;
  pipe<A, B, C>(
    op1: OperatorFunction<T, A>,
    op2: OperatorFunction<A, B>,
    op3: OperatorFunction<B, C>,
  ): Observable<C>;
  pipe<A, B, C, D>(
    op1: OperatorFunction<T, A>,
    op2: OperatorFunction<A, B>,
    op3: OperatorFunction<B, C>,
    op4: OperatorFunction<C, D>,
  ): Observable<D>;
  // deno-lint-ignore no-explicit-any
  pipe(...operators: OperatorFunction<any, any>[]): Observable<any> {
    // deno-lint-ignore no-explicit-any
    return operators.reduce((source: Observable<any>, op) => op(source), this);
  }
}

export class Subject<T> extends Observable<T> implements Observer<T> {
  observers: Subscriber<T>[] = [];
  isStopped = false;
  #error: unknown = undefined;
  #hasError = false;

  constructor() {
    super();
  }

  protected override _subscribe(subscriber: Subscriber<T>): TeardownLogic {
    if (this.#hasError) {
      subscriber.error(this.#error);
      return;
    }
    if (this.isStopped) {
      subscriber.complete();
      return;
    }
    this.observers.push(subscriber);
    return () => {
      const index = this.observers.indexOf(subscriber);
      if (index !== -1) this.observers.splice(index, 1);
    };
  }

  next(value: T) {
    if (this.isStopped) return;
    for (const observer of this.observers.slice()) observer.next(value);
  }

  error(err: unknown) {
    if (this.isStopped) return;
    this.isStopped = true;
    this.#hasError = true;
    this.#error = err;
    for (const observer of this.observers.splice(0)) observer.error(err);
  }

  complete() {
    if (this.isStopped) return;
    this.isStopped = true;
    for (const observer of this.observers.splice(0)) observer.complete();
  }

  get observed() {
    return this.observers.length > 0;
  }
}

export class ReplaySubject<T> extends Subject<T> {
  #buffer: T[] = [];

  constructor(private readonly bufferSize = Infinity) {
    super();
  }

  override next(value: T) {
    this.#buffer.push(value);
    if (this.#buffer.length > this.bufferSize) this.#buffer.shift();
    super.next(value);
  }

  protected override _subscribe(subscriber: Subscriber<T>): TeardownLogic {
    for (const value of this.#buffer.slice()) subscriber.next(value);
    return super._subscribe(subscriber);
  }
}

function operate<T, R>(
  source: Observable<T>,
  onNext: (value: T, subscriber: Subscriber<R>) => void,
): Observable<R> {
  return new Observable<R>((subscriber) =>
    source.subscribe({
      next: (value) => onNext(value, subscriber),
      error: (err) => subscriber.error(err),
      complete: () => subscriber.complete(),
    })
  );
}

export function map<T, R>(project: (value: T) => R): OperatorFunction<T, R> {
  return (source) => operate(source, (value, subscriber) => subscriber.next(project(value)));
}

export function filter<T>(predicate: (value: T) => boolean): OperatorFunction<T, T> {
  return (source) =>
    operate(source, (value, subscriber) => {
      if (predicate(value)) subscriber.next(value);
    });
}

export function scan<T, A>(reducer: (acc: A, value: T) => A, seed: A): OperatorFunction<T, A> {
  return (source) =>
    new Observable<A>((subscriber) => {
      let acc = seed;
      return source.subscribe({
        next: (value) => {
          acc = reducer(acc, value);
          subscriber.next(acc);
        },
        error: (err) => subscriber.error(err),
        complete: () => subscriber.complete(),
      });
    });
}

export function startWith<T>(first: T): OperatorFunction<T, T> {
  return (source) =>
    new Observable<T>((subscriber) => {
      subscriber.next(first);
      return source.subscribe(subscriber);
    });
}

/**
 * Shares one subscription to the source between every subscriber and replays the last
 * `bufferSize` values to late ones. As in RxJS, refCount defaults to false: the source
 * subscription is kept when the subscribers are gone, so a re-subscriber finds it warm.
 */
export function shareReplay<T>(
  config: number | { bufferSize?: number; refCount?: boolean } = {},
): OperatorFunction<T, T> {
  const { bufferSize = Infinity, refCount = false } = typeof config === "number"
    ? { bufferSize: config }
    : config;
  return (source) => {
    let subject: ReplaySubject<T> | null = null;
    let sourceSubscription: Subscription | null = null;
    let subscribers = 0;
    return new Observable<T>((subscriber) => {
      subscribers++;
      if (!subject) {
        const replay = new ReplaySubject<T>(bufferSize);
        subject = replay;
        sourceSubscription = source.subscribe({
          next: (value) => replay.next(value),
          error: (err) => {
            subject = null;
            replay.error(err);
          },
          complete: () => replay.complete(),
        });
      }
      const inner = subject.subscribe(subscriber);
      return () => {
        subscribers--;
        inner.unsubscribe();
        if (refCount && subscribers === 0 && sourceSubscription) {
          sourceSubscription.unsubscribe();
          sourceSubscription = null;
          subject = null;
        }
      };
    });
  };
}

export class EmptyError extends Error {
  constructor() {
    super("no elements in sequence");
  }
}

/** The first value, then unsubscribes. */
export function firstValueFrom<T>(source: Observable<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let done = false;
    let subscription: Subscription | undefined = undefined;
    subscription = source.subscribe({
      next: (value) => {
        if (done) return;
        done = true;
        resolve(value);
        subscription?.unsubscribe();
      },
      error: reject,
      complete: () => {
        if (!done) reject(new EmptyError());
      },
    });
    if (done) subscription.unsubscribe();
  });
}
