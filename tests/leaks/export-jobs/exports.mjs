import PQueue from "p-queue";

/** Two renders at a time: exports read the reporting replica, which is small. */
const queue = new PQueue({ concurrency: 2, timeout: 10_000 });

/** Downloaded exports are kept a little while (a browser may fetch twice), then dropped. */
const KEEP_AFTER_DOWNLOAD_MS = 200;
const SWEEP_EVERY_MS = 250;

export const jobs = new Map();

export class ExportJob {
  constructor(id, tenant, kind, range) {
    this.id = id;
    this.tenant = tenant;
    this.kind = kind;
    this.range = range;
    this.state = "queued";
    this.createdAt = Date.now();
    this.finishedAt = null;
    this.lastDownloadAt = null;
    this.downloads = 0;
    this.rows = 0;
    this.csv = null;
    this.error = null;
    this.done = null;
  }

  toJSON() {
    return {
      id: this.id,
      tenant: this.tenant,
      kind: this.kind,
      state: this.state,
      rows: this.rows,
      createdAt: new Date(this.createdAt).toISOString(),
      finishedAt: this.finishedAt && new Date(this.finishedAt).toISOString(),
      lastDownloadAt: this.lastDownloadAt && new Date(this.lastDownloadAt).toISOString(),
    };
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function render(job) {
  job.state = "running";
  await sleep(3); // the replica query
  const lines = ["date,invoice,customer,net,vat,gross"];
  const from = Date.parse(job.range.from);
  for (let d = 0; d < 14; d++) {
    const day = new Date(from + d * 86_400_000).toISOString().slice(0, 10);
    const net = 1000 + ((d * 7919 + job.id.length * 31) % 9000);
    const vat = Math.round(net * 0.21);
    lines.push(
      `${day},INV-${job.tenant}-${d + 1},${job.tenant} customer ${d % 5},${net},${vat},${
        net + vat
      }`,
    );
  }
  job.rows = lines.length - 1;
  job.csv = lines.join("\n");
  job.state = "done";
  job.finishedAt = Date.now();
}

export function submit(id, tenant, kind, range) {
  const job = new ExportJob(id, tenant, kind, range);
  jobs.set(id, job);
  job.done = queue.add(() => render(job)).catch((err) => {
    job.state = "failed";
    job.error = err.message;
  });
  return job;
}

/** Waits for the export if it is still queued or running. */
export async function download(id) {
  const job = jobs.get(id);
  if (!job) return undefined;
  await job.done;
  if (job.state !== "done") return job;
  job.downloads++;
  job.lastDownloadAt = Date.now();
  return job;
}

export function queueStats() {
  return { waiting: queue.size, running: queue.pending, exports: jobs.size };
}

setInterval(() => {
  const cutoff = Date.now() - KEEP_AFTER_DOWNLOAD_MS;
  for (const [id, job] of jobs) {
    if (job.state === "failed" || (job.state === "done" && job.downloadedAt < cutoff)) {
      jobs.delete(id);
    }
  }
}, SWEEP_EVERY_MS).unref();
