"use strict";

const PRIORITY_ORDER = ["interactive", "normal", "low"];
const WORKER_EVERY_MS = 50;
const BATCH = 8;

class ThumbnailQueue {
  constructor(render) {
    this.render = render;
    this.lanes = new Map(PRIORITY_ORDER.map((p) => [p, []]));
    this.done = 0;
    this.failed = 0;
    this.timer = setInterval(() => this.drain(), WORKER_EVERY_MS);
  }

  enqueue(job) {
    if (!this.lanes.has(job.priority)) this.lanes.set(job.priority, []);
    this.lanes.get(job.priority).push(job);
  }

  next() {
    for (const priority of PRIORITY_ORDER) {
      const lane = this.lanes.get(priority);
      if (lane.length) return lane.shift();
    }
    return undefined;
  }

  drain() {
    for (let n = 0; n < BATCH; n++) {
      const job = this.next();
      if (!job) return;
      try {
        job.result = this.render(job);
        this.done++;
      } catch (err) {
        job.error = String(err);
        this.failed++;
      }
    }
  }

  depth() {
    const out = {};
    for (const [priority, lane] of this.lanes) out[priority] = lane.length;
    return out;
  }
}

module.exports = { ThumbnailQueue };
