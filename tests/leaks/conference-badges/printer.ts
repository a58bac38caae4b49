import { Emitter } from "./vendor/emitter.ts";

export interface PrintJob {
  id: string;
  attendee: string;
  lines: string[];
  qr: string;
  station: string;
  queuedAt: number;
}

export class PrintError extends Error {
  constructor(readonly jobId: string, readonly code: string, message: string) {
    super(message);
  }
}

/** The badge line width the card stock takes at the name's point size. */
const MAX_NAME_CHARS = 24;

/**
 * The Zebra at the registration desk, driven one job at a time. Emits `printed:<job>` with
 * the result or `failed:<job>` with a PrintError.
 */
class BadgePrinter {
  readonly events = new Emitter();
  #queue: PrintJob[] = [];
  #busy = false;
  printed = 0;
  failed = 0;

  submit(job: PrintJob) {
    this.#queue.push(job);
    if (!this.#busy) this.#next();
  }

  get queued() {
    return this.#queue.length;
  }

  #next() {
    const job = this.#queue.shift();
    if (!job) {
      this.#busy = false;
      return;
    }
    this.#busy = true;
    setTimeout(() => {
      if (job.lines[0].length > MAX_NAME_CHARS) {
        this.failed++;
        this.events.emit(
          `failed:${job.id}`,
          new PrintError(job.id, "E_OVERFLOW", `name does not fit the badge (${job.lines[0]})`),
        );
      } else {
        this.printed++;
        this.events.emit(`printed:${job.id}`, {
          job: job.id,
          station: job.station,
          at: Date.now(),
        });
      }
      this.#next();
    }, 2);
  }
}

export const printer = new BadgePrinter();
