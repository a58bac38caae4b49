export type TaskId = number;

interface Task {
  every: number;
  due: number;
  run: () => void;
}

/**
 * One interval timer for all the periodic work of the process (heartbeats, expiry checks),
 * rather than a timer per till.
 */
export class Ticker {
  readonly resolutionMs: number;
  #tasks = new Map<TaskId, Task>();
  #nextId = 1;
  #timer: ReturnType<typeof setInterval> | undefined;
  errors = 0;

  constructor(resolutionMs = 50) {
    this.resolutionMs = resolutionMs;
  }

  every(ms: number, run: () => void): TaskId {
    const id = this.#nextId++;
    this.#tasks.set(id, { every: ms, due: Date.now() + ms, run });
    if (this.#timer === undefined) {
      this.#timer = setInterval(() => this.#tick(), this.resolutionMs);
      Deno.unrefTimer(this.#timer);
    }
    return id;
  }

  cancel(id: TaskId) {
    this.#tasks.delete(id);
    if (this.#tasks.size === 0 && this.#timer !== undefined) {
      clearInterval(this.#timer);
      this.#timer = undefined;
    }
  }

  get size() {
    return this.#tasks.size;
  }

  #tick() {
    const now = Date.now();
    for (const task of this.#tasks.values()) {
      if (task.due > now) continue;
      task.due = now + task.every;
      try {
        task.run();
      } catch (err) {
        this.errors++;
        console.error("ticker task failed:", err);
      }
    }
  }
}

export const ticker = new Ticker();
