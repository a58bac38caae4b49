import type { Movement, MovementFilter } from "./movements.ts";

export interface RunningExport {
  id: string;
  filter: MovementFilter;
  requestedBy: string;
  rows: Movement[];
  sent: number;
  startedAt: string;
}

/** Exports being streamed, for the ops screen ("who is pulling what") and its abort button. */
export class ExportTracker {
  #running = new Map<string, RunningExport>();
  #started = 0;
  #aborted = 0;

  start(filter: MovementFilter, rows: Movement[], requestedBy: string): RunningExport {
    const id = crypto.randomUUID();
    const job: RunningExport = {
      id,
      filter,
      requestedBy,
      rows,
      sent: 0,
      startedAt: new Date().toISOString(),
    };
    this.#running.set(id, job);
    this.#started++;
    return job;
  }

  stop(id: string): boolean {
    const stopped = this.#running.delete(id);
    if (stopped) this.#aborted++;
    return stopped;
  }

  running() {
    return [...this.#running.values()].map((job) => ({
      id: job.id,
      filter: job.filter,
      requestedBy: job.requestedBy,
      progress: `${job.sent}/${job.rows.length}`,
      startedAt: job.startedAt,
    }));
  }

  stats() {
    return { started: this.#started, aborted: this.#aborted, running: this.#running.size };
  }
}

const PAGE = 25;
const encoder = new TextEncoder();

/** Streams an export as NDJSON, a page of rows per pull. */
export function ndjson(tracker: ExportTracker, job: RunningExport): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const page = job.rows.slice(job.sent, job.sent + PAGE);
      if (page.length === 0) {
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(page.map((m) => JSON.stringify(m)).join("\n") + "\n"));
      job.sent += page.length;
    },
    cancel() {
      // the client hung up, or ops aborted it
      tracker.stop(job.id);
    },
  });
}
