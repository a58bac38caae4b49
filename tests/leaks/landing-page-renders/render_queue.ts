/**
 * Renders of one page run one after another, so a slow render of an older revision can never
 * land after a newer one. Renders of different pages run side by side.
 */
export class RenderQueue {
  #tails = new Map<string, Promise<unknown>>();
  #done = 0;
  #failed = 0;

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const prev = this.#tails.get(key) ?? Promise.resolve();
    const run = prev.then(task);
    // a failed render must not hold up the next one for the same page
    this.#tails.set(key, run.catch(() => undefined));
    run.then(() => this.#done++, () => this.#failed++).finally(() => {
      if (this.#tails.get(key) === run) this.#tails.delete(key);
    });
    return run;
  }

  stats() {
    return { inFlight: this.#tails.size, done: this.#done, failed: this.#failed };
  }
}
