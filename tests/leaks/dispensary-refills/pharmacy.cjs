"use strict";

const { EventEmitter } = require("node:events");

/**
 * The dispensary robot's feed. Jobs are picked up every 100 ms; each ends in
 * `dispensed:<job id>` or `rejected:<job id>` (the robot refuses controlled drugs without a
 * pharmacist's release, among other things).
 */
class PharmacyFeed extends EventEmitter {
  #queue = [];
  #done = 0;

  constructor() {
    super();
    // one listener per refill in flight
    this.setMaxListeners(0);
    setInterval(() => this.#work(), 100).unref();
  }

  submit(job) {
    this.#queue.push(job);
  }

  #work() {
    for (const job of this.#queue.splice(0)) {
      this.#done++;
      if (job.controlled && !job.released) {
        this.emit(`rejected:${job.id}`, {
          code: "CD-RELEASE",
          text: "pharmacist release required",
        });
      } else {
        this.emit(`dispensed:${job.id}`, { bin: `B-${(this.#done % 40) + 1}`, at: Date.now() });
      }
    }
  }

  get backlog() {
    return this.#queue.length;
  }
}

module.exports = { PharmacyFeed };
