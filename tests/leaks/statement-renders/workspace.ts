import { lifecycle, pages } from "./lifecycle.ts";

export interface StatementJob {
  account: string;
  month: string;
  requestedBy: string;
  lines: { date: string; text: string; cents: number }[];
}

/** Scratch space of one render: page buffers from the pool and a log for the audit trail. */
export class Workspace implements AsyncDisposable {
  readonly startedAt = new Date().toISOString();
  readonly log: string[] = [];
  #pages: Uint8Array[] = [];
  closed = false;

  constructor(readonly job: StatementJob) {
    this.log.push(`render ${job.account} ${job.month} for ${job.requestedBy}`);
  }

  page(): Uint8Array {
    const p = pages.acquire();
    this.#pages.push(p);
    return p;
  }

  get pageCount(): number {
    return this.#pages.length;
  }

  async [Symbol.asyncDispose]() {
    if (this.closed) return;
    this.closed = true;
    for (const p of this.#pages) pages.release(p);
    this.#pages = [];
    this.log.push(`closed after ${this.log.length} steps`);
    await Promise.resolve();
  }
}

/** A workspace that is released when the render ends, or on shutdown if that comes first. */
export function openWorkspace(job: StatementJob): Workspace {
  return lifecycle.use(new Workspace(job));
}
