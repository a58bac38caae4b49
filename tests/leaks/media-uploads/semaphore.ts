/** A counting semaphore: at most `permits` holders at a time, the rest wait in arrival order. */

export class Permit {
  #released = false;
  constructor(readonly semaphore: Semaphore) {}

  release(): void {
    if (this.#released) return;
    this.#released = true;
    this.semaphore.handBack();
  }
}

export class Semaphore {
  #available: number;
  #waiters: Array<() => void> = [];

  constructor(readonly name: string, readonly permits: number) {
    this.#available = permits;
  }

  acquire(): Promise<Permit> {
    if (this.#available > 0) {
      this.#available--;
      return Promise.resolve(new Permit(this));
    }
    return new Promise((resolve) => {
      this.#waiters.push(() => resolve(new Permit(this)));
    });
  }

  /** Called by Permit.release(): the permit goes to the longest waiter, if any. */
  handBack(): void {
    const next = this.#waiters.shift();
    if (next) next();
    else this.#available++;
  }

  stats() {
    return {
      name: this.name,
      permits: this.permits,
      available: this.#available,
      waiting: this.#waiters.length,
    };
  }
}
