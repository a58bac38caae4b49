"use strict";

const { Worker } = require("node:worker_threads");
const { EventEmitter } = require("node:events");

const TASK_TIMEOUT_MS = 300;

/** A fixed set of worker threads, one task each at a time; the rest wait in order. */
class WorkerPool extends EventEmitter {
  #file;
  #idle = [];
  #queue = [];
  #running = new Map(); // worker → task
  #seq = 0;

  constructor(file, size) {
    super();
    this.#file = file;
    this.completed = 0;
    this.timedOut = 0;
    for (let i = 0; i < size; i++) this.#spawn();
  }

  #spawn() {
    const worker = new Worker(this.#file);
    worker.on("message", (msg) => this.#settled(worker, msg));
    worker.on("error", (err) => this.#crashed(worker, err));
    worker.on("exit", () => {
      this.#idle = this.#idle.filter((w) => w !== worker);
      if (!this.closing) this.#spawn();
    });
    worker.unref();
    this.#idle.push(worker);
    this.#drain();
  }

  run(payload) {
    return new Promise((resolve, reject) => {
      this.#queue.push({ id: ++this.#seq, payload, resolve, reject, timer: null, late: false });
      this.#drain();
    });
  }

  #drain() {
    while (this.#idle.length && this.#queue.length) {
      const worker = this.#idle.pop();
      const task = this.#queue.shift();
      // the worker keeps going; a late answer is dropped
      task.timer = setTimeout(() => {
        task.late = true;
        this.timedOut++;
        task.reject(new Error("transcription took too long"));
      }, TASK_TIMEOUT_MS);
      this.#running.set(worker, task);
      worker.postMessage({ id: task.id, ...task.payload });
    }
    if (this.#queue.length === 0) this.emit("idle");
  }

  #settled(worker, msg) {
    const task = this.#running.get(worker);
    this.#running.delete(worker);
    this.#idle.push(worker);
    if (task && task.id === msg.id) {
      clearTimeout(task.timer);
      if (!task.late) {
        this.completed++;
        if (msg.error) task.reject(new Error(msg.error));
        else task.resolve(msg.result);
      }
    }
    this.#drain();
  }

  #crashed(worker, err) {
    const task = this.#running.get(worker);
    this.#running.delete(worker);
    if (task) {
      clearTimeout(task.timer);
      if (!task.late) task.reject(err);
    }
  }

  stats() {
    return {
      idle: this.#idle.length,
      busy: this.#running.size,
      waiting: this.#queue.length,
      completed: this.completed,
      timedOut: this.timedOut,
    };
  }
}

module.exports = { WorkerPool };
