"use strict";

const { harbourBus } = require("./bus.cjs");

const jobs = new Map();
const movements = new Array(40).fill(null);
let movementCount = 0;

class PilotJob {
  constructor({ id, number, vessel, from, to, eta }) {
    Object.assign(this, { id, number, vessel, from, to, eta });
    this.status = "ordered";
    this.pilot = null;
    this.lastTideCm = null;
    this.berthNote = null;
  }

  follow() {
    harbourBus.on("tide.window", (e) => (this.lastTideCm = e.heightCm), this);
    harbourBus.on("berth.changed", (e) => e.berth === this.to && (this.berthNote = e.note), this);
    harbourBus.on("vessel.position", (e) => e.imo === this.vessel.imo && (this.seen = e.at), this);
  }

  release() {
    harbourBus.offAll(this);
  }
}

function order(fields) {
  if (jobs.has(fields.id)) return null;
  const job = new PilotJob(fields);
  job.follow();
  jobs.set(job.id, job);
  return job;
}

/** Changes a job in place, so it keeps its methods (release, follow). */
function update(id, patch) {
  const job = jobs.get(id);
  return job ? Object.assign(job, patch) : null;
}

function complete(id) {
  const job = jobs.get(id);
  if (!job) return null;
  job.release();
  jobs.delete(id);
  movements[movementCount++ % movements.length] = {
    id: job.id,
    vessel: job.vessel.name,
    pilot: job.pilot,
    to: job.to,
    at: new Date().toISOString(),
  };
  return job;
}

function board() {
  return {
    open: [...jobs.values()].map(({ id, status, pilot }) => ({ id, status, pilot })),
    recent: movements.filter(Boolean).slice(0, 10),
    listeners: harbourBus.subscriptions.length,
  };
}

module.exports = { order, update, complete, board, jobs };
