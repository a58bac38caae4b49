/**
 * Uploads are accepted at once and processed in the background; transcoding is CPU-bound, so at
 * most TRANSCODE_CONCURRENCY run at a time.
 */
import { probeMedia, transcode, type Upload } from "./media.ts";
import type { Rendition } from "./media.ts";
import { Semaphore } from "./semaphore.ts";

export type JobStatus = "queued" | "probing" | "transcoding" | "ready" | "failed";

export interface UploadJob {
  upload: Upload;
  status: JobStatus;
  acceptedAt: number;
  finishedAt?: number;
  renditions?: Rendition[];
  error?: string;
}

const TRANSCODE_CONCURRENCY = 3;
const MAX_TRACKED_JOBS = 150;

export const transcodeSlots = new Semaphore("transcode", TRANSCODE_CONCURRENCY);

/** Recent jobs for the status endpoint; the oldest are forgotten. */
const recentJobs = new Map<string, UploadJob>();

function track(job: UploadJob) {
  recentJobs.delete(job.upload.id);
  recentJobs.set(job.upload.id, job);
  if (recentJobs.size > MAX_TRACKED_JOBS) {
    recentJobs.delete(recentJobs.keys().next().value!);
  }
}

async function processUpload(job: UploadJob): Promise<void> {
  const permit = await transcodeSlots.acquire();
  job.status = "probing";
  const probe = probeMedia(job.upload);
  try {
    job.status = "transcoding";
    job.renditions = await transcode(job.upload, probe);
    job.status = "ready";
  } finally {
    permit.release();
    job.finishedAt = Date.now();
  }
}

export function accept(upload: Upload): UploadJob {
  const job: UploadJob = { upload, status: "queued", acceptedAt: Date.now() };
  track(job);
  processUpload(job).catch((err) => {
    job.status = "failed";
    job.error = err instanceof Error ? err.message : String(err);
    job.finishedAt = Date.now();
  });
  return job;
}

export function jobStatus(id: string): UploadJob | undefined {
  return recentJobs.get(id);
}

export function queueStats() {
  const byStatus: Record<string, number> = {};
  for (const job of recentJobs.values()) byStatus[job.status] = (byStatus[job.status] ?? 0) + 1;
  return { slots: transcodeSlots.stats(), recent: byStatus };
}
