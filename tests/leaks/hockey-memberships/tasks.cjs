"use strict";

// Work a request starts and does not wait for (CRM sync, welcome e-mails), tracked so the
// status page can show it and shutdown can wait for it to finish.
class BackgroundTasks {
  #running = new Map();
  #seq = 0;
  #done = 0;
  #failed = [];

  run(label, meta, fn) {
    const id = ++this.#seq;
    const task = { id, label, meta, startedAt: Date.now() };
    this.#running.set(id, task);
    Promise.resolve()
      .then(fn)
      .then(() => this.#done++)
      .catch((err) => {
        this.#failed.push({ id, label, error: err.message, at: Date.now() });
        if (this.#failed.length > 20) this.#failed.shift();
      })
      .finally(() => this.#running.delete(id));
    return id;
  }

  async drain(timeoutMs = 5000) {
    const until = Date.now() + timeoutMs;
    while (this.#running.size && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 50));
    }
    return this.#running.size;
  }

  status() {
    const oldest = this.#running.values().next().value;
    return {
      running: this.#running.size,
      oldestStartedAt: oldest ? new Date(oldest.startedAt).toISOString() : null,
      done: this.#done,
      recentFailures: this.#failed.slice(-5),
    };
  }
}

module.exports = { tasks: new BackgroundTasks() };
