import { CronExpression } from "./vendor/cron.ts";

export interface Job {
  id: string;
  description: string;
  /** Either a cron expression or a fixed period. */
  cron?: CronExpression;
  everyMs?: number;
  task: (job: Job) => Promise<void> | void;
  timer?: ReturnType<typeof setTimeout>;
  nextAt?: number;
  running: boolean;
  runs: number;
  failures: number;
  lastRunAt?: string;
  lastError?: string;
}

type JobOptions = Pick<Job, "description" | "task"> & { cron?: string; everyMs?: number };

const CLOCK_MS = 250;

/**
 * In-process job scheduler: cron jobs (checked on a 250 ms clock, minute resolution is all
 * they need) and short periodic jobs with their own timer (polling a payout until the provider
 * settles it). A job runs to completion before its next run is armed, so a slow run never
 * overlaps itself.
 */
export class Scheduler {
  #jobs = new Map<string, Job>();

  constructor() {
    setInterval(() => this.#clock(), CLOCK_MS);
  }

  schedule(id: string, opts: JobOptions): Job {
    if (this.#jobs.has(id)) throw new Error(`job ${id} already scheduled`);
    const job: Job = {
      id,
      description: opts.description,
      cron: opts.cron ? new CronExpression(opts.cron) : undefined,
      everyMs: opts.everyMs,
      task: opts.task,
      running: false,
      runs: 0,
      failures: 0,
    };
    this.#jobs.set(id, job);
    if (job.cron) job.nextAt = job.cron.next()?.getTime();
    else this.#arm(job);
    return job;
  }

  cancel(id: string): boolean {
    const job = this.#jobs.get(id);
    if (!job) return false;
    clearTimeout(job.timer);
    this.#jobs.delete(id);
    return true;
  }

  get(id: string): Job | undefined {
    return this.#jobs.get(id);
  }

  list() {
    return [...this.#jobs.values()].map((j) => ({
      id: j.id,
      description: j.description,
      schedule: j.cron?.source ?? `every ${j.everyMs} ms`,
      nextAt: j.nextAt ? new Date(j.nextAt).toISOString() : undefined,
      runs: j.runs,
      failures: j.failures,
      lastRunAt: j.lastRunAt,
      lastError: j.lastError,
    }));
  }

  #clock() {
    const now = Date.now();
    for (const job of this.#jobs.values()) {
      if (job.cron && !job.running && job.nextAt !== undefined && job.nextAt <= now) {
        this.#run(job);
      }
    }
  }

  #arm(job: Job) {
    job.timer = setTimeout(() => this.#run(job), job.everyMs ?? 1000);
  }

  async #run(job: Job) {
    job.running = true;
    job.lastRunAt = new Date().toISOString();
    try {
      await job.task(job);
      job.runs++;
    } catch (err) {
      job.failures++;
      job.lastError = err instanceof Error ? err.message : String(err);
    }
    job.running = false;
    if (job.cron) job.nextAt = job.cron.next()?.getTime();
    else this.#arm(job);
  }
}
