/**
 * Render gate: at most `permits` renders at once, at most `maxQueue` waiting, and nobody
 * waits longer than `maxWaitMs` (the map client has given up on the tile by then).
 */

export class Overloaded extends Error {
  constructor(message: string) {
    super(message);
  }
}

interface Waiter {
  grant: () => void;
  timer: ReturnType<typeof setTimeout>;
}

export class RenderGate {
  #free: number;
  #queue: Waiter[] = [];
  #timedOut = 0;
  #rejected = 0;

  constructor(permits: number, readonly maxQueue: number, readonly maxWaitMs: number) {
    this.#free = permits;
  }

  acquire(): Promise<void> {
    if (this.#free > 0) {
      this.#free--;
      return Promise.resolve();
    }
    if (this.#queue.length >= this.maxQueue) {
      this.#rejected++;
      return Promise.reject(new Overloaded("render queue full"));
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        grant: () => {
          clearTimeout(waiter.timer);
          resolve();
        },
        timer: setTimeout(() => {
          const at = this.#queue.indexOf(waiter);
          if (at >= 0) this.#queue.splice(at, 1);
          this.#timedOut++;
          reject(new Overloaded("waited too long for a renderer"));
        }, this.maxWaitMs),
      };
      this.#queue.push(waiter);
    });
  }

  release(): void {
    const next = this.#queue.shift();
    if (next) next.grant();
    else this.#free++;
  }

  stats() {
    return {
      free: this.#free,
      queued: this.#queue.length,
      timedOut: this.#timedOut,
      rejected: this.#rejected,
    };
  }
}
