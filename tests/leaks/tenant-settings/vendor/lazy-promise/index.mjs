/**
 * lazy-promise 2.1.0 (vendored): a thenable whose executor runs on first use (the first
 * then() or await), so nothing is loaded that nobody asks for. Settles once, like a promise.
 */
export class LazyPromise {
  #executor;
  #state = "idle"; // idle → pending → fulfilled | rejected
  #result;
  #reactions = [];

  constructor(executor) {
    this.#executor = executor;
  }

  /** A LazyPromise of what `fn()` returns (or the promise it returns settles to). */
  static from(fn) {
    return new LazyPromise((resolve, reject) => {
      Promise.resolve().then(fn).then(resolve, reject);
    });
  }

  then(onFulfilled, onRejected) {
    return new Promise((resolve, reject) => {
      const reaction = { onFulfilled, onRejected, resolve, reject };
      this.#reactions.push(reaction);
      if (this.#state === "idle") this.#start();
      else if (this.#state !== "pending") queueMicrotask(() => this.#react(reaction));
    });
  }

  catch(onRejected) {
    return this.then(undefined, onRejected);
  }

  finally(onFinally) {
    return this.then(
      (value) => Promise.resolve(onFinally?.()).then(() => value),
      (err) => Promise.resolve(onFinally?.()).then(() => Promise.reject(err)),
    );
  }

  get settled() {
    return this.#state === "fulfilled" || this.#state === "rejected";
  }

  #start() {
    this.#state = "pending";
    try {
      this.#executor(
        (value) => this.#settle("fulfilled", value),
        (err) => this.#settle("rejected", err),
      );
    } catch (err) {
      this.#settle("rejected", err);
    }
  }

  #settle(state, result) {
    if (this.#state !== "pending") return;
    this.#state = state;
    this.#result = result;
    const waiting = this.#reactions;
    this.#reactions = [];
    for (const reaction of waiting) queueMicrotask(() => this.#react(reaction));
  }

  #react({ onFulfilled, onRejected, resolve, reject }) {
    const fulfilled = this.#state === "fulfilled";
    const handler = fulfilled ? onFulfilled : onRejected;
    if (typeof handler !== "function") {
      return fulfilled ? resolve(this.#result) : reject(this.#result);
    }
    try {
      resolve(handler(this.#result));
    } catch (err) {
      reject(err);
    }
  }
}
