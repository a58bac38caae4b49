import { layout, toPdf } from "./convert.ts";
import type { ObjectStore } from "./store.ts";

export type JobStatus = "queued" | "converting" | "done" | "failed";

export interface ConversionJob {
  ref: string;
  matter: string;
  fileName: string;
  requestedBy: string;
  source: string;
  status: JobStatus;
  pages?: number;
  outputKey?: string;
  bytes?: number;
  error?: string;
  log: string[];
  queuedAt: number;
  finishedAt?: number;
  downloads: number;
  done: Promise<void>;
}

export class ConversionError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/**
 * Conversions run one at a time (the renderer is CPU-bound). A finished job stays listed until
 * its output is gone from the bucket, either downloaded (downloads are one-off: completion
 * packs are e-mailed on, not kept) or expired by the bucket's lifecycle rule.
 */
export class ConversionQueue {
  #jobs: ConversionJob[] = [];
  #waiting: { job: ConversionJob; settle: () => void }[] = [];
  #busy = false;

  constructor(private store: ObjectStore) {
    setInterval(() => this.#sweep(), 250);
  }

  submit(input: { ref: string; matter: string; fileName: string; content: string }, user: string) {
    if (this.find(input.ref)) throw new ConversionError(409, `${input.ref} already submitted`);
    let settle!: () => void;
    const done = new Promise<void>((resolve) => (settle = resolve));
    const job: ConversionJob = {
      ref: input.ref,
      matter: input.matter,
      fileName: input.fileName,
      requestedBy: user,
      source: input.content,
      status: "queued",
      log: [`queued by ${user}`],
      queuedAt: Date.now(),
      downloads: 0,
      done,
    };
    this.#jobs.push(job);
    this.#waiting.push({ job, settle });
    this.#pump();
    return job;
  }

  find(ref: string): ConversionJob | undefined {
    return this.#jobs.find((j) => j.ref === ref);
  }

  forMatter(matter: string): ConversionJob[] {
    return this.#jobs.filter((j) => j.matter === matter);
  }

  /** Hands over the PDF once, then deletes it from the bucket. */
  async collect(ref: string): Promise<{ job: ConversionJob; body: Uint8Array }> {
    const job = this.find(ref);
    if (!job) throw new ConversionError(404, `no conversion ${ref}`);
    await job.done; // the app asks as soon as it has submitted
    if (job.status === "failed") throw new ConversionError(422, job.error ?? "conversion failed");
    if (job.status !== "done") throw new ConversionError(425, "still converting");
    const body = await this.store.get(job.outputKey!);
    if (!body) throw new ConversionError(410, "already downloaded");
    await this.store.delete(job.outputKey!);
    job.downloads++;
    job.log.push(`downloaded ${new Date().toISOString()}`);
    return { job, body };
  }

  async #pump() {
    if (this.#busy) return;
    this.#busy = true;
    try {
      let next;
      while ((next = this.#waiting.shift())) {
        await this.#convert(next.job);
        next.settle();
      }
    } finally {
      this.#busy = false;
    }
  }

  async #convert(job: ConversionJob) {
    job.status = "converting";
    job.log.push(`converting ${job.fileName}`);
    await new Promise((r) => setTimeout(r, 1)); // let requests in between documents
    try {
      const pages = layout(job.source);
      const pdf = toPdf(`${job.matter} ${job.fileName}`, pages);
      job.outputKey = `out/${job.matter}/${job.ref}.pdf`;
      await this.store.put(job.outputKey, pdf, "application/pdf");
      job.pages = pages.length;
      job.bytes = pdf.byteLength;
      job.status = "done";
      job.log.push(`${pages.length} page(s), ${pdf.byteLength} bytes`);
    } catch (err) {
      job.status = "failed";
      job.error = err instanceof Error ? err.message : String(err);
      job.log.push(`failed: ${job.error}`);
    }
    job.finishedAt = Date.now();
  }

  #sweep() {
    // a finished job goes once its output has left the bucket
    this.#jobs = this.#jobs.filter(async (job) => {
      if (job.status !== "done") return true;
      const head = await this.store.head(job.outputKey!);
      return head !== null;
    });
  }

  stats() {
    const byStatus: Record<string, number> = {};
    for (const j of this.#jobs) byStatus[j.status] = (byStatus[j.status] ?? 0) + 1;
    return { jobs: this.#jobs.length, waiting: this.#waiting.length, byStatus };
  }
}
