import { type Phase, progress, type ProgressEvent } from "./progress_hub.ts";

export interface ManifestRequest {
  id: string;
  carrier: string;
  depot: string;
  date: string;
}

const BATCH = 10;
const MAX_KEPT = 50;

export class ExportJob {
  phase: Phase = "queued";
  rows = 0;
  total = 0;
  csv = "";
  constructor(readonly req: ManifestRequest) {}

  snapshot(): ProgressEvent {
    return {
      jobId: this.req.id,
      phase: this.phase,
      rows: this.rows,
      total: this.total,
      at: new Date().toISOString(),
    };
  }
}

const jobs = new Map<string, ExportJob>();

export function getJob(id: string) {
  return jobs.get(id);
}

export function startExport(req: ManifestRequest): ExportJob {
  const job = new ExportJob(req);
  jobs.set(req.id, job);
  while (jobs.size > MAX_KEPT) jobs.delete(jobs.keys().next().value!);
  setTimeout(() => renderBatch(job, []), 10);
  return job;
}

function parcelsFor(req: ManifestRequest): number {
  let h = 0;
  for (const ch of req.depot + req.date) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return 30 + (h % 20);
}

function renderBatch(job: ExportJob, lines: string[]) {
  if (job.phase === "queued") {
    job.phase = "rendering";
    job.total = parcelsFor(job.req);
    lines.push("parcel,carrier,depot,weight_kg,postcode");
  }
  const end = Math.min(job.rows + BATCH, job.total);
  for (let n = job.rows; n < end; n++) {
    const weight = ((n * 37) % 250) / 10 + 0.3;
    lines.push(
      `${job.req.depot}-${
        job.req.date.replaceAll("-", "")
      }-${n},${job.req.carrier},${job.req.depot},${weight.toFixed(1)},${
        1000 + ((n * 113) % 8999)
      }AB`,
    );
  }
  job.rows = end;
  if (job.rows >= job.total) {
    job.csv = lines.join("\n") + "\n";
    job.phase = "done";
    progress.publish(job.snapshot());
    return;
  }
  progress.publish(job.snapshot());
  setTimeout(() => renderBatch(job, lines), 15);
}
