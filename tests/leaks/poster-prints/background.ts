/**
 * Work that outlives the request that started it (rendering print sheets after the upload has
 * been answered). Everything started here is tracked so a SIGTERM during a deploy can wait for
 * it instead of dropping half-rendered orders.
 */
export class BackgroundWork {
  #settled: Promise<unknown> = Promise.resolve();
  #running = 0;
  #failed = 0;
  #finished = 0;

  /** Starts `task` in the background; its failure is counted and logged, never thrown. */
  run<T>(label: string, task: () => Promise<T>): void {
    this.#running++;
    const done = task()
      .then((result) => {
        this.#finished++;
        return result;
      }, (err) => {
        this.#failed++;
        console.error(`background ${label} failed:`, err instanceof Error ? err.message : err);
        return null;
      })
      .finally(() => this.#running--);
    this.#settled = Promise.all([this.#settled, done]);
  }

  /** Resolves once everything started so far has finished. */
  drain(): Promise<unknown> {
    return this.#settled;
  }

  stats() {
    return { running: this.#running, finished: this.#finished, failed: this.#failed };
  }
}
