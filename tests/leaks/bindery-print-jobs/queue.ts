import type { Delivery, PrintJob } from "./printers.ts";
import { printers } from "./printers.ts";

export class PrintError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const waiting: PrintJob[] = [];
const counters = { submitted: 0, delivered: 0, finished: 0 };

export function submit(body: Partial<PrintJob>): { job: number; position: number } {
  if (typeof body.job !== "number" || !body.file) {
    throw new PrintError(400, "job (number) and file are required");
  }
  const job: PrintJob = {
    job: body.job,
    customer: body.customer ?? "walk-in",
    title: body.title ?? "untitled",
    pages: body.pages ?? 1,
    copies: body.copies ?? 1,
    paper: body.paper ?? "A4",
    binding: body.binding ?? "none",
    finishing: body.finishing ?? [],
    file: body.file,
    submittedAt: new Date().toISOString(),
  };
  waiting.push(job);
  counters.submitted++;
  return { job: job.job, position: waiting.length };
}

/** The next job this printer can take (first in line on a paper it has). */
export function next(printerId: string): Delivery | null {
  const printer = printers.get(printerId);
  if (!printer) throw new PrintError(404, `no printer ${printerId}`);
  const i = waiting.findIndex((j) => printer.papers.includes(j.paper));
  if (i === -1) return null;
  const [job] = waiting.splice(i, 1);
  counters.delivered++;
  return printer.take(job, 1);
}

/** The press's controller reports a finished job. */
export function finished(printerId: string, report: { job: number; sheets?: number }) {
  const printer = printers.get(printerId);
  if (!printer) throw new PrintError(404, `no printer ${printerId}`);
  printer.done(report.job, report.sheets ?? 0);
  counters.finished++;
  return { ok: true, printer: printer.id, job: report.job };
}

export function overview() {
  return {
    ...counters,
    waiting: waiting.length,
    printers: [...printers.values()].map((p) => p.summary()),
  };
}
