"use strict";

/** Minutes per unit by material on a 5-axis mill (dry milling for zirconia and PMMA). */
const MINUTES_PER_UNIT = {
  "zirconia": 18,
  "lithium-disilicate": 24,
  "pmma": 9,
  "cobalt-chrome": 41,
};

class Mill {
  #queue = [];
  #seq = 0;
  done = [];

  constructor(id, model) {
    this.id = id;
    this.model = model;
  }

  minutesFor(material, units) {
    return (MINUTES_PER_UNIT[material] ?? 30) * units + 6;
  }

  enqueue(job) {
    const queued = { id: `${this.id}-J${++this.#seq}`, ...job, queuedAt: Date.now() };
    this.#queue.push(queued);
    return { id: queued.id, position: this.#queue.length };
  }

  /** The simulated mill (a minute of milling is a millisecond here) finishes what is due. */
  tick(now = Date.now()) {
    while (this.#queue.length && this.#queue[0].queuedAt + this.#queue[0].minutes <= now) {
      const job = this.#queue.shift();
      this.done.unshift({ id: job.id, caseId: job.caseId, at: now });
    }
    if (this.done.length > 25) this.done.length = 25;
  }

  queueView() {
    return this.#queue.map((j) => ({ id: j.id, caseId: j.caseId, minutes: j.minutes }));
  }
}

const machines = new Map([
  ["M1", new Mill("M1", "imes-icore 350i")],
  ["M2", new Mill("M2", "Roland DWX-52D")],
]);

setInterval(() => {
  for (const mill of machines.values()) mill.tick();
}, 100).unref();

module.exports = { machines };
