import { type ProgressEvent, publishProgress } from "./progress.ts";

export interface RenderJob {
  id: string;
  template: string;
  pages: number;
  status: "queued" | "rendering" | "done" | "failed";
  createdAt: number;
  finishedAt?: number;
  url?: string;
  last: ProgressEvent;
}

/** Jobs kept for status look-ups; the oldest finished ones go first. */
const MAX_KEPT_JOBS = 50;
const jobs = new Map<string, RenderJob>();

const TEMPLATES = new Set(["invoice", "packing-slip", "statement", "label-sheet"]);
const PAGE_MS = 4;

export class RenderError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function forget() {
  for (const [id, job] of jobs) {
    if (jobs.size <= MAX_KEPT_JOBS) break;
    if (job.status === "done" || job.status === "failed") jobs.delete(id);
  }
}

function emit(job: RenderJob, event: ProgressEvent) {
  job.last = event;
  publishProgress(event);
}

function renderPage(job: RenderJob, page: number) {
  if (page > job.pages) {
    job.status = "done";
    job.finishedAt = Date.now();
    job.url = `/files/${job.template}/${job.id}.pdf`;
    emit(job, { type: "done", renderId: job.id, pages: job.pages, url: job.url });
    return;
  }
  job.status = "rendering";
  emit(job, { type: "page", renderId: job.id, page, pages: job.pages });
  setTimeout(() => renderPage(job, page + 1), PAGE_MS);
}

export function startRender(id: string, body: Record<string, unknown>): RenderJob {
  const template = String(body.template ?? "");
  if (!TEMPLATES.has(template)) throw new RenderError(422, `unknown template ${template}`);
  const pages = Math.min(Math.max(Number(body.pages) || 1, 1), 20);
  if (jobs.has(id)) throw new RenderError(409, `render ${id} exists`);
  const job: RenderJob = {
    id,
    template,
    pages,
    status: "queued",
    createdAt: Date.now(),
    last: { type: "queued", renderId: id, pages },
  };
  jobs.set(id, job);
  forget();
  setTimeout(() => renderPage(job, 1), PAGE_MS);
  return job;
}

export function getRender(id: string): RenderJob {
  const job = jobs.get(id);
  if (!job) throw new RenderError(404, `no render ${id}`);
  return job;
}

export function renderStats() {
  const byStatus: Record<string, number> = {};
  for (const job of jobs.values()) byStatus[job.status] = (byStatus[job.status] ?? 0) + 1;
  return { kept: jobs.size, byStatus };
}
