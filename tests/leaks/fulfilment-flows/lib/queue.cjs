"use strict";

const { EventEmitter } = require("node:events");

let nextJobId = 1;

/** A small in-process job queue: FIFO, a fixed number of concurrent runs, retry with backoff. */
class Queue extends EventEmitter {
  constructor(name, processor, { concurrency = 2, attempts = 1, backoffMs = 10 } = {}) {
    super();
    this.name = name;
    this.processor = processor;
    this.concurrency = concurrency;
    this.attempts = attempts;
    this.backoffMs = backoffMs;
    this.waiting = [];
    this.active = 0;
    this.counts = { completed: 0, failed: 0, retried: 0 };
  }

  add(name, data, opts = {}) {
    const id = `${this.name}:${nextJobId++}`;
    const job = { id, queue: this.name, name, data, opts, attemptsMade: 0, createdAt: Date.now() };
    this.waiting.push(job);
    setImmediate(() => this.#pump());
    return job;
  }

  #pump() {
    while (this.active < this.concurrency && this.waiting.length > 0) {
      const job = this.waiting.shift();
      this.active++;
      this.#run(job).finally(() => {
        this.active--;
        this.#pump();
      });
    }
  }

  async #run(job) {
    try {
      const result = await this.processor(job);
      this.counts.completed++;
      this.emit("completed", job, result);
    } catch (err) {
      job.attemptsMade++;
      if (err.retryable !== false && job.attemptsMade < this.attempts) {
        this.counts.retried++;
        setTimeout(() => {
          this.waiting.push(job);
          this.#pump();
        }, this.backoffMs * 2 ** (job.attemptsMade - 1));
        return;
      }
      this.counts.failed++;
      this.emit("failed", job, err);
    }
  }

  stats() {
    return { waiting: this.waiting.length, active: this.active, ...this.counts };
  }
}

module.exports = { Queue };
