const { EventEmitter2 } = require("eventemitter2");
const debug = require("debug")("kiosk:spooler");

/**
 * The library kiosks' print queue. Jobs sent with `hold` wait for their owner to badge at a
 * kiosk ("secure release"); the others print in order, one every few milliseconds.
 * Events: job.queued, job.released, job.finished, job.cancelled.
 */
class Spooler extends EventEmitter2 {
  constructor() {
    super();
    this.jobs = new Map();
    this.timer = null;
    this.counts = { queued: 0, printed: 0, cancelled: 0, pages: 0 };
  }

  submit(job) {
    job.state = job.hold ? "held" : "queued";
    job.queuedAt = Date.now();
    this.jobs.set(job.id, job);
    this.counts.queued++;
    debug("queued %s (%s, %d pages)", job.id, job.state, job.pages);
    this.emit("job.queued", job);
    this.#schedule();
  }

  release(id) {
    const job = this.jobs.get(id);
    if (!job || job.state !== "held") return undefined;
    job.state = "queued";
    this.emit("job.released", job);
    this.#schedule();
    return job;
  }

  cancel(id) {
    const job = this.jobs.get(id);
    if (!job || job.state === "printing") return undefined;
    this.jobs.delete(id);
    job.state = "cancelled";
    this.counts.cancelled++;
    debug("cancelled %s", id);
    this.emit("job.cancelled", job);
    return job;
  }

  #schedule() {
    if (this.timer) return;
    this.timer = setTimeout(() => this.#printNext(), 2);
  }

  #printNext() {
    this.timer = null;
    const job = [...this.jobs.values()].find((j) => j.state === "queued");
    if (!job) return;
    job.state = "printing";
    // The printer's own pace: the job is done once its pages are out.
    setTimeout(() => {
      this.jobs.delete(job.id);
      job.state = "printed";
      job.printedAt = Date.now();
      this.counts.printed++;
      this.counts.pages += job.pages;
      debug("printed %s", job.id);
      this.emit("job.finished", job);
      this.#schedule();
    }, 1);
  }

  status() {
    const byState = {};
    for (const job of this.jobs.values()) byState[job.state] = (byState[job.state] ?? 0) + 1;
    return { ...this.counts, waiting: byState };
  }
}

module.exports = { Spooler };
