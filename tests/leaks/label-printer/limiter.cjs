"use strict";
// A concurrency limiter for the label renderer: at most `concurrency` renders at once, the
// rest wait in order. A job leaves the queue when it starts and the slot is given back
// whether it succeeds or fails.

class Limiter {
  constructor(concurrency) {
    this.concurrency = concurrency;
    this.active = 0;
    this.queue = [];
    this.completed = 0;
    this.failed = 0;
  }

  run(task, signal) {
    if (signal && signal.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve, reject, signal, queuedAt: Date.now() });
      this.drain();
    });
  }

  drain() {
    while (this.active < this.concurrency && this.queue.length > 0) {
      const job = this.queue.shift();
      if (job.signal && job.signal.aborted) {
        job.reject(job.signal.reason);
        continue;
      }
      this.active++;
      Promise.resolve()
        .then(() => job.task(job.signal))
        .then(
          (value) => {
            this.completed++;
            job.resolve(value);
          },
          (err) => {
            this.failed++;
            job.reject(err);
          },
        )
        .finally(() => {
          this.active--;
          setImmediate(() => this.drain());
        });
    }
  }

  stats() {
    return {
      active: this.active,
      queued: this.queue.length,
      completed: this.completed,
      failed: this.failed,
    };
  }
}

module.exports = { Limiter };
