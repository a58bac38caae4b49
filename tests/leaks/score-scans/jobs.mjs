import { recognise } from "./omr.mjs";

export const jobs = new Map();
export const stats = { submitted: 0, failed: 0, purged: 0, measuresServed: 0 };

export class JobError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function submit(body) {
  if (!body.ref || !Array.isArray(body.pages) || !body.pages.length) {
    throw new JobError(400, "ref and pages needed");
  }
  if (jobs.has(body.ref)) throw new JobError(409, `scan ${body.ref} already submitted`);
  const job = {
    id: body.ref,
    title: body.title ?? "Untitled",
    composer: body.composer ?? null,
    pages: body.pages,
    status: "queued",
    submittedAt: Date.now(),
    finishedAt: null,
    downloadedAt: null,
    result: null,
    error: null,
  };
  jobs.set(job.id, job);
  stats.submitted++;
  setImmediate(() => run(job));
  return job;
}

function run(job) {
  job.status = "running";
  try {
    job.result = recognise(job);
    job.status = "done";
  } catch (err) {
    job.status = "failed";
    job.error = err.message;
    stats.failed++;
  }
  job.finishedAt = Date.now();
}

export function get(id) {
  const job = jobs.get(id);
  if (!job) throw new JobError(404, `no scan ${id}`);
  return job;
}

// What the client sees; a finished job counts as collected once it has been fetched.
export function collect(id) {
  const job = get(id);
  if (job.status === "done" || job.status === "failed") job.downloadedAt ??= Date.now();
  return job;
}
