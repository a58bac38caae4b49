/**
 * Runs jobs one after another per key; jobs under different keys run side by side. A patient's
 * summary is rendered and amended from several places, and two renders must not interleave.
 */
export class KeyedQueue {
  #tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, job: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const next = previous.then(job);
    // a failed job must not hold up the ones queued behind it
    this.#tails.set(key, next.catch(() => undefined));
    next.finally(() => {
      // the last job for this key: nothing is queued behind it any more
      if (this.#tails.get(key) === next) this.#tails.delete(key);
    }).catch(() => {});
    return next;
  }

  get pending(): number {
    return this.#tails.size;
  }
}
