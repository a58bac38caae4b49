/**
 * A small in-process cron: named jobs that run every `everyMs`, driven by one ticking timer.
 * Jobs are registered at start-up (housekeeping) or while the service runs (progress polls).
 */
export type JobFn = () => void | Promise<void>;

export class ScheduledJob {
  runs = 0;
  failures = 0;
  running = false;
  nextRunAt: number;

  constructor(readonly name: string, readonly everyMs: number, readonly run: JobFn) {
    this.nextRunAt = Date.now() + everyMs;
  }
}

export class Scheduler {
  jobs = new Map<string, ScheduledJob>();
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(readonly tickMs = 25) {}

  start(): void {
    this.#timer ??= setInterval(() => this.tick(), this.tickMs);
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  register(name: string, everyMs: number, run: JobFn): ScheduledJob {
    const job = new ScheduledJob(name, everyMs, run);
    this.jobs.set(name, job);
    return job;
  }

  unregister(name: string): boolean {
    return this.jobs.delete(name);
  }

  tick(now = Date.now()): void {
    for (const job of this.jobs.values()) {
      if (job.running || job.nextRunAt > now) continue;
      job.running = true;
      job.nextRunAt = now + job.everyMs;
      Promise.resolve()
        .then(job.run)
        .then(() => job.runs++, (err) => {
          job.failures++;
          console.error(`job ${job.name} failed:`, err);
        })
        .finally(() => (job.running = false));
    }
  }

  describe(): { name: string; everyMs: number; runs: number; failures: number }[] {
    return [...this.jobs.values()].map(({ name, everyMs, runs, failures }) => ({
      name,
      everyMs,
      runs,
      failures,
    }));
  }
}
