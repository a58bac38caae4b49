import { type Contact, inSegment } from "./contacts.ts";
import { shutdown } from "./lifecycle.ts";

const PAGE = 25;
const KEEP_JOBS = 25;

export class ExportJob {
  readonly controller = new AbortController();
  status: "running" | "done" | "cancelled" = "running";
  rows = 0;
  csv = "";
  readonly startedAt = new Date().toISOString();

  constructor(
    readonly id: string,
    readonly segment: string,
    readonly requestedBy: string,
  ) {}

  cancel(reason: unknown) {
    if (this.status !== "running") return;
    this.status = "cancelled";
    console.log(`export ${this.id} cancelled: ${reason}`);
  }

  async run(source: Contact[], signal: AbortSignal) {
    const lines = ["id,name,email,company,country,updated_at"];
    for (let offset = 0; offset < source.length; offset += PAGE) {
      // One page at a time, as the CRM's API hands them out.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (signal.aborted) return;
      for (const c of source.slice(offset, offset + PAGE)) {
        lines.push([c.id, c.name, c.email, c.company, c.country, c.updatedAt].join(","));
        this.rows++;
      }
    }
    this.csv = lines.join("\n") + "\n";
    this.status = "done";
  }
}

const jobs = new Map<string, ExportJob>();

export class ExportError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export async function startExport(id: string, segment: string, requestedBy: string) {
  if (jobs.has(id)) throw new ExportError(409, `export ${id} exists`);
  const job = new ExportJob(id, segment, requestedBy);
  jobs.set(id, job);
  if (jobs.size > KEEP_JOBS) jobs.delete(jobs.keys().next().value!);
  // Stop when the user cancels the export or the server shuts down.
  const signal = AbortSignal.any([shutdown.signal, job.controller.signal]);
  signal.addEventListener("abort", () => job.cancel(signal.reason), { once: true });
  await job.run(inSegment(segment), signal);
  return job;
}

export function getExport(id: string): ExportJob {
  const job = jobs.get(id);
  if (!job) throw new ExportError(404, `no export ${id}`);
  return job;
}

export function cancelExport(id: string) {
  const job = getExport(id);
  job.controller.abort(new Error(`cancelled by user`));
  return job;
}
