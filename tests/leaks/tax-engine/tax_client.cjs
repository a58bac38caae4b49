"use strict";

const { Worker } = require("node:worker_threads");

class TaxEngineError extends Error {
  constructor(code, message) {
    super(message);
    this.name = "TaxEngineError";
    this.code = code;
  }
}

class TaxEngineTimeout extends Error {
  constructor(method, ms) {
    super(`tax engine did not answer ${method} within ${ms} ms`);
    this.name = "TaxEngineTimeout";
  }
}

/**
 * Talks to the tax rules engine running in a worker thread (the rule tables are large and the
 * evaluation is CPU-bound, so it stays off the request thread). Calls are matched to replies
 * by id.
 */
class TaxEngineClient {
  constructor(workerFile, { timeoutMs = 5000 } = {}) {
    this.timeoutMs = timeoutMs;
    this.seq = 0;
    this.pending = new Map();
    this.completed = 0;
    this.failed = 0;
    this.worker = new Worker(workerFile);
    this.worker.on("message", (msg) => this.onMessage(msg));
    this.worker.on("error", (err) => {
      console.error("tax worker crashed", err);
      for (const call of this.pending.values()) call.reject(err);
      this.pending.clear();
    });
  }

  call(method, params) {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new TaxEngineTimeout(method, this.timeoutMs));
      }, this.timeoutMs);
      this.pending.set(id, { resolve, reject, timer, method, params, startedAt: Date.now() });
      this.worker.postMessage({ id, method, params });
    });
  }

  onMessage(msg) {
    const call = this.pending.get(msg.id);
    if (!call) return;
    clearTimeout(call.timer);
    if (msg.error) {
      this.failed++;
      return call.reject(new TaxEngineError(msg.error.code, msg.error.message));
    }
    this.pending.delete(msg.id);
    this.completed++;
    call.resolve(msg.result);
  }

  calculate(cart) {
    return this.call("calculate", cart);
  }

  stats() {
    return { inFlight: this.pending.size, completed: this.completed, failed: this.failed };
  }

  close() {
    return this.worker.terminate();
  }
}

module.exports = { TaxEngineClient, TaxEngineError, TaxEngineTimeout };
