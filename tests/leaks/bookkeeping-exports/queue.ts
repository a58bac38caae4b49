/**
 * Exports are slow (the real ones hit the reporting replica), so they go through a small
 * queue: `concurrency` run at once, up to `maxWaiting` wait, the rest are turned away. When
 * the replica falls behind, ops call shedAll() and everything queued or running is rejected.
 */

export class ShedError extends Error {
  constructor(message: string, readonly retryAfterS = 5) {
    super(message);
  }
}

export interface ExportJob {
  id: string;
  company: string;
  period: string;
  format: "csv" | "json";
  requestedBy: string;
  requestedAt: number;
}

type Work<T> = (job: ExportJob, signal: AbortSignal) => Promise<T>;

export class ExportQueue {
  #running = 0;
  #waiting: (() => void)[] = [];
  #shed = new AbortController();
  #completed = 0;
  #shedCount = 0;

  constructor(readonly concurrency: number, readonly maxWaiting: number) {}

  submit<T>(job: ExportJob, work: Work<T>): Promise<T> {
    if (this.#waiting.length >= this.maxWaiting) {
      this.#shedCount++;
      return Promise.reject(new ShedError("export queue is full, try again shortly"));
    }
    const signal = this.#shed.signal;
    return new Promise<T>((resolve, reject) => {
      // once: true, so the listener is dropped when it fires
      signal.addEventListener("abort", () => reject(new ShedError(`export ${job.id} was shed`)), {
        once: true,
      });
      const start = () => {
        if (signal.aborted) return;
        this.#running++;
        work(job, signal)
          .then(resolve, reject)
          .finally(() => {
            this.#running--;
            this.#completed++;
            this.#waiting.shift()?.();
          });
      };
      if (this.#running < this.concurrency) start();
      else this.#waiting.push(start);
    });
  }

  shedAll(reason: string): number {
    const dropped = this.#waiting.length + this.#running;
    this.#waiting = [];
    this.#shedCount += dropped;
    this.#shed.abort(new ShedError(reason));
    this.#shed = new AbortController();
    return dropped;
  }

  stats() {
    return {
      running: this.#running,
      waiting: this.#waiting.length,
      completed: this.#completed,
      shed: this.#shedCount,
    };
  }
}
