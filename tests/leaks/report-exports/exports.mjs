import fastq from "fastq";
import fastJson from "fast-json-stringify";
import schedule from "node-schedule";

// Finished exports stay downloadable for a while after the first download.
const RETAIN_AFTER_DOWNLOAD_MS = 5_000;

const stringifyReport = fastJson({
  title: "LedgerExport",
  type: "object",
  properties: {
    account: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    generatedAt: { type: "string" },
    rows: {
      type: "array",
      items: {
        type: "object",
        properties: {
          date: { type: "string" },
          reference: { type: "string" },
          description: { type: "string" },
          debit: { type: "number" },
          credit: { type: "number" },
          balance: { type: "number" },
        },
      },
    },
    totals: {
      type: "object",
      properties: { debit: { type: "number" }, credit: { type: "number" } },
    },
  },
});

export class ExportJob {
  constructor(id, account, from, to) {
    this.id = id;
    this.account = account;
    this.from = from;
    this.to = to;
    this.status = "queued";
    this.createdAt = new Date().toISOString();
    this.finishedAt = null;
    this.downloadedAt = null;
    this.document = null;
  }
}

function ledgerRows(account, from, days) {
  const start = Date.parse(from);
  let balance = 1000;
  const rows = [];
  for (let d = 0; d < days; d++) {
    const debit = (d * 37 + account.length * 11) % 400;
    const credit = (d * 53 + 17) % 350;
    balance += credit - debit;
    rows.push({
      date: new Date(start + d * 86_400_000).toISOString().slice(0, 10),
      reference: `${account}-${String(d).padStart(4, "0")}`,
      description: d % 3 === 0 ? "Card settlement" : d % 3 === 1 ? "Supplier payment" : "Transfer",
      debit,
      credit,
      balance,
    });
  }
  return rows;
}

export class ExportService {
  constructor({ concurrency = 2 } = {}) {
    this.jobs = new Map();
    this.nextId = 1;
    this.queue = fastq.promise(this, this.build, concurrency);
    this.sweeper = schedule.scheduleJob("export-sweeper", "*/10 * * * * *", () => this.sweep());
  }

  request(account, from, to, reference) {
    const id = reference ?? `exp-${this.nextId++}`;
    const existing = this.jobs.get(id);
    if (existing) return existing;
    const job = new ExportJob(id, account, from, to);
    this.jobs.set(id, job);
    this.queue.push(job).catch((err) => {
      job.status = "failed";
      job.error = String(err.message ?? err);
    });
    return job;
  }

  // fastq worker: `this` is the service (the queue's context).
  async build(job) {
    job.status = "running";
    await new Promise((resolve) => setImmediate(resolve));
    const days = Math.max(
      1,
      Math.min(90, (Date.parse(job.to) - Date.parse(job.from)) / 86_400_000),
    );
    const rows = ledgerRows(job.account, job.from, Math.round(days));
    const totals = rows.reduce(
      (t, r) => ({ debit: t.debit + r.debit, credit: t.credit + r.credit }),
      { debit: 0, credit: 0 },
    );
    job.document = stringifyReport({
      account: job.account,
      from: job.from,
      to: job.to,
      generatedAt: new Date().toISOString(),
      rows,
      totals,
    });
    job.status = "done";
    job.finishedAt = new Date().toISOString();
  }

  get(id) {
    return this.jobs.get(id);
  }

  download(id) {
    const job = this.jobs.get(id);
    if (!job || job.status !== "done") return undefined;
    job.downloadedAt ??= new Date().toISOString();
    return job.document;
  }

  sweep() {
    const now = Date.now();
    for (const [id, job] of this.jobs) {
      if (job.downloadedAt && now - job.downloadedAt > RETAIN_AFTER_DOWNLOAD_MS) {
        this.jobs.delete(id);
      }
    }
  }

  stats() {
    return { jobs: this.jobs.size, queued: this.queue.length(), running: this.queue.running() };
  }
}
