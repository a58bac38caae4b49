import { log } from "./log.ts";

export interface ExportJob {
  id: string;
  report: string;
  requestedBy: string;
  state: "queued" | "running" | "done";
  rows?: number;
}

const queue: ExportJob[] = [];
// Finished jobs are kept for a while so clients can poll; the oldest go first.
const finished = new Map<string, ExportJob>();
const KEEP_FINISHED = 50;
let seq = 0;

export function enqueue(report: string, requestedBy: string): ExportJob {
  const job: ExportJob = { id: `job-${++seq}`, report, requestedBy, state: "queued" };
  queue.push(job);
  log("info", "export queued", { job: job.id, report, requestedBy });
  setTimeout(work, 0);
  return job;
}

function work() {
  const job = queue.shift();
  if (!job) return;
  job.state = "running";
  // Pretend to run the report.
  job.rows = (job.report.length * 137) % 1000;
  job.state = "done";
  finished.set(job.id, job);
  if (finished.size > KEEP_FINISHED) finished.delete(finished.keys().next().value!);
  log("info", "export finished", { job: job.id, rows: job.rows });
}

export function find(id: string): ExportJob | undefined {
  return finished.get(id) ?? queue.find((j) => j.id === id);
}
