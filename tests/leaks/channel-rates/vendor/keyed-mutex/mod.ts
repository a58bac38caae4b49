/**
 * keyed-mutex: run async functions one at a time per key, in call order.
 *
 *   const mutex = new KeyedMutex();
 *   await mutex.run(`booking:${ref}`, () => applyChange(ref));
 *
 * Different keys run concurrently. A failing function does not block the ones queued after it.
 */
export class KeyedMutex {
  #tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.#tails.get(key) ?? Promise.resolve();
    const result = prev.then(fn);
    // the next caller waits for this one, failed or not
    const tail = result.catch(() => {});
    this.#tails.set(key, tail);
    tail.then(() => {
      // nobody queued behind us: forget the key
      if (this.#tails.get(key) === result) this.#tails.delete(key);
    });
    return result;
  }

  isLocked(key: string): boolean {
    return this.#tails.has(key);
  }

  get size(): number {
    return this.#tails.size;
  }
}
