/**
 * Report exports: a request starts an export on the reporting backend and returns at once;
 * a scheduler job polls the backend for progress and, when the file is ready, moves the export
 * to the recent list the download page reads.
 */
import type { Scheduler } from "./scheduler.ts";

export interface ExportJob {
  id: string;
  report: string;
  format: "csv" | "xlsx" | "pdf";
  requestedBy: string;
  filters: Record<string, string>;
  status: "queued" | "running" | "done";
  progress: number;
  startedAt: number;
  finishedAt?: number;
  downloadUrl?: string;
}

const POLL_EVERY_MS = 50;
const RECENT_LIMIT = 100;

export class ExportService {
  active = new Map<string, ExportJob>();
  recent: ExportJob[] = [];

  constructor(private scheduler: Scheduler) {}

  start(input: Omit<ExportJob, "status" | "progress" | "startedAt">): ExportJob {
    const job: ExportJob = { ...input, status: "queued", progress: 0, startedAt: Date.now() };
    this.active.set(job.id, job);
    this.scheduler.register(`export-progress:${job.id}`, POLL_EVERY_MS, () => this.poll(job));
    return job;
  }

  /** What the reporting backend says about the export (it renders ~40% per poll). */
  poll(job: ExportJob): void {
    if (job.status === "done") return;
    job.status = "running";
    job.progress = Math.min(100, job.progress + 40);
    if (job.progress < 100) return;
    job.status = "done";
    job.finishedAt = Date.now();
    job.downloadUrl = `/downloads/${job.id}.${job.format}`;
    this.active.delete(job.id);
    this.recent.push(job);
    if (this.recent.length > RECENT_LIMIT) this.recent.shift();
    this.scheduler.unregister(job.id);
  }

  find(id: string): ExportJob | undefined {
    return this.active.get(id) ?? this.recent.find((j) => j.id === id);
  }
}
