"use strict";

// Lane conditioning: each lane is oiled on its own interval; "oil now" from the front desk
// takes the lane's pending occurrence out and schedules the next one from now.

class OilSchedule {
  constructor(lanes, intervalMs) {
    this.intervalMs = intervalMs;
    this.queue = [];
    this.runs = 0;
    for (const lane of lanes) this.#arm(lane, Date.now() + intervalMs);
  }

  #arm(lane, dueAt) {
    this.queue.push({ lane, dueAt });
    this.queue.sort((a, b) => a.dueAt - b.dueAt);
  }

  oilNow(lane) {
    const i = this.queue.findIndex((e) => e.lane === lane);
    if (i >= 0) this.queue.splice(i, 1);
    this.runs++;
    this.#arm(lane, Date.now() + this.intervalMs);
    return this.queue.find((e) => e.lane === lane).dueAt;
  }

  tick(now = Date.now()) {
    while (this.queue.length && this.queue[0].dueAt <= now) {
      const { lane } = this.queue.shift();
      this.runs++;
      this.#arm(lane, now + this.intervalMs);
    }
  }

  nextFor(lane) {
    return this.queue.find((e) => e.lane === lane)?.dueAt;
  }
}

module.exports = { OilSchedule };
