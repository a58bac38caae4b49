"use strict";

const { EventEmitter } = require("node:events");
const { renderLabel } = require("./zpl.cjs");

const HISTORY = 30;

/**
 * A network label printer on the counter (raw port 9100). The transport is simulated: a label
 * takes the printer 5-15 ms to accept.
 */
class RawTransport {
  constructor(host) {
    this.host = host;
    this.bytes = 0;
  }

  send(data) {
    this.bytes += Buffer.byteLength(data);
    return new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 10));
  }
}

class LabelPrinter extends EventEmitter {
  constructor(name, host) {
    super();
    this.name = name;
    this.transport = new RawTransport(host);
    this.spool = new Map();
    this.activeJob = null;
    this.history = [];
    this.printed = 0;
  }

  async print(job) {
    this.activeJob = job;
    this.spool.set(job.id, job);
    job.state = "printing";
    job.zpl = renderLabel(job);
    this.emit("status", { printer: this.name, job: job.id, state: job.state });
    await this.transport.send(job.zpl);
    this.#finish();
    return job;
  }

  #finish() {
    const job = this.activeJob;
    job.state = "printed";
    job.printedAt = new Date().toISOString();
    this.printed++;
    this.spool.delete(job.id);
    this.history.unshift({
      id: job.id,
      item: job.item.name,
      price: job.item.pricePence,
      at: job.printedAt,
    });
    if (this.history.length > HISTORY) this.history.pop();
    this.emit("status", { printer: this.name, job: job.id, state: job.state });
  }

  status() {
    return {
      printer: this.name,
      nowPrinting: this.activeJob && { id: this.activeJob.id, item: this.activeJob.item.name },
      spooled: this.spool.size,
      printed: this.printed,
      bytes: this.transport.bytes,
    };
  }
}

module.exports = { LabelPrinter };
