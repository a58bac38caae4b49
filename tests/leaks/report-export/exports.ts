import { shutdown } from "./lifecycle.ts";

export interface ExportJob {
  id: string;
  account: string;
  from: number;
  to: number;
  status: "running" | "done" | "cancelled";
  rows: number;
  csv?: string;
}

// The last few jobs, so a client can download its CSV right after asking for it.
const KEEP_JOBS = 20;
const jobs = new Map<string, ExportJob>();

function remember(job: ExportJob) {
  jobs.set(job.id, job);
  if (jobs.size > KEEP_JOBS) jobs.delete(jobs.keys().next().value!);
}

export function findJob(id: string): ExportJob | undefined {
  return jobs.get(id);
}

async function* invoiceRows(account: string, from: number, to: number) {
  const day = 86_400_000;
  for (let t = from, n = 1; t < to && n <= 12; t += day, n++) {
    await Promise.resolve();
    yield [`INV-${account}-${n}`, new Date(t).toISOString().slice(0, 10), (n * 1234) / 100, "EUR"];
  }
}

export async function startExport(
  params: { account: string; from: number; to: number },
): Promise<ExportJob> {
  const job: ExportJob = { id: crypto.randomUUID(), status: "running", rows: 0, ...params };
  remember(job);
  shutdown.signal.addEventListener("abort", () => {
    if (job.status === "running") job.status = "cancelled";
  });

  const lines = ["invoice,date,amount,currency"];
  for await (const row of invoiceRows(job.account, job.from, job.to)) {
    if (job.status === "cancelled") break;
    lines.push(row.join(","));
    job.rows++;
  }
  job.csv = lines.join("\n");
  if (job.status === "running") job.status = "done";
  return job;
}
