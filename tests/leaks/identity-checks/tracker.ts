import type { Check } from "./checks.ts";

export class ShuttingDown extends Error {
  constructor() {
    super("the service is shutting down; retry on another instance");
    this.name = "ShuttingDown";
  }
}

/**
 * Checks in flight at the providers. On SIGTERM we stop taking new checks and wait for these to
 * come back before exiting: a check abandoned mid-flight is billed by the provider and has to be
 * re-run by hand.
 */
export class CheckTracker {
  #running = new Set<Check>();
  #closing = false;
  #drained: (() => void) | null = null;
  #startedTotal = 0;

  begin(check: Check) {
    if (this.#closing) throw new ShuttingDown();
    this.#running.add(check);
    this.#startedTotal++;
  }

  end(check: Check) {
    this.#running.delete(check);
    if (this.#closing && this.#running.size === 0) this.#drained?.();
  }

  get closing() {
    return this.#closing;
  }

  stats() {
    return { inFlight: this.#running.size, started: this.#startedTotal, closing: this.#closing };
  }

  /** Resolves when every check in flight has come back, or after `timeoutMs`. */
  drain(timeoutMs: number): Promise<{ abandoned: string[] }> {
    this.#closing = true;
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        resolve({ abandoned: [...this.#running].map((c) => c.id) });
      };
      const timer = setTimeout(finish, timeoutMs);
      if (this.#running.size === 0) finish();
      else this.#drained = finish;
    });
  }
}
