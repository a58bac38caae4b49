"use strict";

const { Worker } = require("node:worker_threads");

class RangeLookupError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
    this.status = 422;
  }
}

/** Reference ranges live in a worker (big tables per analyte, age band and sex). */
class ReferenceRangeClient {
  constructor(file, { timeoutMs = 5000 } = {}) {
    this.timeoutMs = timeoutMs;
    this.nextId = 0;
    this.calls = new Map();
    this.worker = new Worker(file);
    this.worker.unref();
    this.worker.on("message", (reply) => this.settle(reply));
  }

  request(op, args) {
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.calls.delete(id);
        reject(new Error(`reference ranges: ${op} timed out`));
      }, this.timeoutMs);
      this.calls.set(id, { resolve, reject, timer });
      this.worker.postMessage({ id, op, args });
    });
  }

  settle(reply) {
    const call = this.calls.get(reply.id);
    if (!call) return;
    this.calls.delete(reply.id);
    clearTimeout(call.timer);
    if (reply.error) call.reject(new RangeLookupError(reply.error.code, reply.error.message));
    else call.resolve(reply.value);
  }

  rangeFor(analyte, patient) {
    return this.request("range", { analyte, age: patient.age, sex: patient.sex });
  }
}

module.exports = { ReferenceRangeClient, RangeLookupError };
