import { JobQueue } from "./queue.ts";
import { print, printerOrThrow, type PrintJob, recordFinished } from "./printers.ts";

const MAX_PAGES = 500;
const MAX_COPIES = 20;

const jobs = new JobQueue<PrintJob>();
let nextId = 1;
let printed = 0;
let failed = 0;

/** Prints queued jobs one at a time, for as long as the process runs. */
async function spool(): Promise<void> {
  const job = await jobs.take();
  try {
    await print(job);
    printed++;
  } catch (err) {
    job.status = "failed";
    failed++;
    console.warn(`job ${job.id} failed: ${err instanceof Error ? err.message : err}`);
  }
  recordFinished(job);
  return spool();
}

spool();

export function submit(input: Record<string, unknown>, user: string): PrintJob {
  const printer = printerOrThrow(String(input.printer ?? "")).id;
  const document = String(input.document ?? "").trim();
  if (!document.endsWith(".pdf")) throw new RangeError("only PDF documents can be printed");
  const pages = Number(input.pages);
  const copies = input.copies === undefined ? 1 : Number(input.copies);
  if (!Number.isInteger(pages) || pages < 1 || pages > MAX_PAGES) {
    throw new RangeError(`pages is 1–${MAX_PAGES}`);
  }
  if (!Number.isInteger(copies) || copies < 1 || copies > MAX_COPIES) {
    throw new RangeError(`copies is 1–${MAX_COPIES}`);
  }
  const job: PrintJob = {
    id: `job-${nextId++}`,
    printer,
    document,
    pages,
    copies,
    duplex: input.duplex !== false,
    submittedBy: user,
    status: "queued",
    submittedAt: Date.now(),
  };
  jobs.push(job);
  return job;
}

export function spoolerStats() {
  return { queued: jobs.length, printed, failed };
}
