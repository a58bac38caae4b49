// Runs tasks one after another per key (a backer's pledge edits must not interleave: the
// payment hold of an edit depends on the amount the previous edit left). Keys with nothing
// queued are dropped so the map only holds backers with work in flight.
export class KeyedQueue {
  #tails = new Map();
  #stats = { runs: 0, failed: 0 };

  run(key, task) {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const run = previous.then(() => task());
    // A failed task must not stall the backer's later edits.
    const tail = run.catch(() => {
      this.#stats.failed++;
    });
    this.#tails.set(key, tail);
    this.#stats.runs++;
    return run.finally(() => {
      // Only the last task of a key forgets it; a newer one may already be queued behind us.
      if (this.#tails.get(key) === run) this.#tails.delete(key);
    });
  }

  get stats() {
    return { ...this.#stats, keys: this.#tails.size };
  }
}
