/**
 * Runs tasks one at a time per key, in the order they were queued; tasks for different keys
 * run concurrently. run() returns the task's own promise (its result or its error).
 */
export class KeyedQueue {
  #tails = new Map();

  run(key, task) {
    const prev = this.#tails.get(key) ?? Promise.resolve();
    const run = prev.then(() => task());
    // a failed task must not wedge the ones queued behind it
    const tail = run.catch(() => {});
    this.#tails.set(key, tail);
    tail.then(() => {
      // nothing queued behind us: forget the key
      if (this.#tails.get(key) === run) this.#tails.delete(key);
    });
    return run;
  }

  get pendingKeys() {
    return this.#tails.size;
  }
}
