/**
 * Timed jobs for race control: one-off calls ("heat 12 to the grid") and repeating ones.
 * A job may cancel itself from its own run; it is only armed again while it is still
 * registered.
 */
export interface Job {
  id: string;
  everyMs: number | null;
  task: () => void | Promise<void>;
  timer?: ReturnType<typeof setTimeout>;
  runs: number;
}

export class Jobs {
  #jobs = new Map<string, Job>();

  once(id: string, delayMs: number, task: () => void | Promise<void>) {
    return this.#add({ id, everyMs: null, task, runs: 0 }, delayMs);
  }

  every(id: string, everyMs: number, task: () => void | Promise<void>) {
    return this.#add({ id, everyMs, task, runs: 0 }, everyMs);
  }

  cancel(id: string) {
    const job = this.#jobs.get(id);
    if (!job) return false;
    clearTimeout(job.timer);
    this.#jobs.delete(id);
    return true;
  }

  get size() {
    return this.#jobs.size;
  }

  #add(job: Job, delayMs: number) {
    this.cancel(job.id);
    this.#jobs.set(job.id, job);
    job.timer = setTimeout(() => this.#run(job), delayMs);
    return job;
  }

  async #run(job: Job) {
    try {
      await job.task();
    } catch (err) {
      console.error(`job ${job.id}:`, err);
    }
    job.runs++;
    if (this.#jobs.get(job.id) !== job) return; // cancelled while it ran
    if (job.everyMs === null) {
      this.#jobs.delete(job.id);
      return;
    }
    job.timer = setTimeout(() => this.#run(job), job.everyMs);
  }
}
