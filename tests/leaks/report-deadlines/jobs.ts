import { loadRows, renderCsv, type ReportRequest } from "./reports.ts";

const JOB_DEADLINE_MS = 15 * 60_000;
const RECENT_LIMIT = 25;

export class ReportJob {
  readonly id = crypto.randomUUID();
  readonly createdAt = new Date();
  status: "queued" | "running" | "done" | "failed" | "timed-out" = "queued";
  csv = "";
  error?: string;
  finishedAt?: Date;
  constructor(readonly request: ReportRequest) {}
}

const running = new Map<string, ReportJob>();
const recent: { id: string; tenant: string; status: string; bytes: number }[] = [];

export async function runReport(request: ReportRequest): Promise<ReportJob> {
  const job = new ReportJob(request);
  const deadline = AbortSignal.timeout(JOB_DEADLINE_MS);
  deadline.addEventListener("abort", () => {
    if (job.status !== "running") return;
    job.status = "timed-out";
    job.error = `report did not finish within ${JOB_DEADLINE_MS / 60_000} minutes`;
    console.warn(`report ${job.id} for ${job.request.tenant} timed out`);
  });

  running.set(job.id, job);
  job.status = "running";
  try {
    const rows = loadRows(request);
    job.csv = await renderCsv(rows, request.kind, deadline);
    job.status = "done";
  } catch (err) {
    job.status = deadline.aborted ? "timed-out" : "failed";
    job.error = String(err);
  } finally {
    job.finishedAt = new Date();
    running.delete(job.id);
    recent.unshift({
      id: job.id,
      tenant: request.tenant,
      status: job.status,
      bytes: job.csv.length,
    });
    if (recent.length > RECENT_LIMIT) recent.length = RECENT_LIMIT;
  }
  return job;
}

export function status() {
  return { running: running.size, recent: recent.slice(0, 10) };
}
