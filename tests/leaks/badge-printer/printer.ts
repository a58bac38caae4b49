export interface Badge {
  id: string;
  name: string;
  company: string;
  ticket: "attendee" | "speaker" | "sponsor" | "crew";
  lines: string[];
}

export interface PrintJob {
  id: string;
  badge: Badge;
  station: string;
  queuedAt: number;
  printedAt?: number;
}

/**
 * The check-in desk's badge printers: jobs go out one at a time per tick, and each is
 * announced with a "printed" event when the printer reports it done.
 */
export class PrintQueue extends EventTarget {
  #jobs: PrintJob[] = [];
  #running = false;
  #printed = 0;

  submit(job: PrintJob): void {
    this.#jobs.push(job);
    if (!this.#running) {
      this.#running = true;
      setTimeout(() => this.#drain(), 0);
    }
  }

  #drain() {
    const job = this.#jobs.shift();
    if (!job) {
      this.#running = false;
      return;
    }
    job.printedAt = Date.now();
    this.#printed += 1;
    this.dispatchEvent(new CustomEvent("printed", { detail: job }));
    setTimeout(() => this.#drain(), 0);
  }

  /** Resolves when `id` has printed; the listener goes when `signal` aborts. */
  printed(id: string, signal: AbortSignal): Promise<PrintJob> {
    return new Promise((resolve, reject) => {
      this.addEventListener("printed", (event) => {
        const job = (event as CustomEvent<PrintJob>).detail;
        if (job.id === id) resolve(job);
      }, { signal });
      signal.addEventListener("abort", () => reject(signal.reason), { once: true });
    });
  }

  get stats() {
    return { queued: this.#jobs.length, printed: this.#printed };
  }
}
