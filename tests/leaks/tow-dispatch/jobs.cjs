"use strict";

const fleet = require("./fleet.cjs");
const changes = require("./changes.cjs");

class JobError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Open breakdown jobs; closed ones drop off into `closed` (the controller's last 25). */
const jobs = new Map();
const closed = [];

function open(input) {
  if (!input.id || !input.member || !input.location) {
    throw new JobError(400, "id, member and location are required");
  }
  if (jobs.has(input.id)) throw new JobError(409, `${input.id} is already open`);
  const job = {
    id: input.id,
    member: input.member,
    vehicle: input.vehicle ?? null,
    location: input.location,
    problem: input.problem ?? "not stated",
    status: "logged",
    truck: null,
    etaMinutes: null,
    version: 1,
    loggedAt: Date.now(),
    updatedAt: Date.now(),
  };
  jobs.set(job.id, job);
  return job;
}

function get(id) {
  const job = jobs.get(id);
  if (!job) throw new JobError(404, `no open job ${id}`);
  return job;
}

function update(id, patch) {
  const job = get(id);
  if (patch.truck && patch.truck !== job.truck) {
    if (!fleet.assign(patch.truck, job.id)) throw new JobError(400, `no truck ${patch.truck}`);
    if (job.truck) fleet.release(job.truck, job.id);
    job.truck = patch.truck;
  }
  if (patch.status) job.status = patch.status;
  if (patch.etaMinutes !== undefined) job.etaMinutes = patch.etaMinutes;
  job.version++;
  job.updatedAt = Date.now();
  changes.publish(job);
  return job;
}

function complete(id, outcome) {
  const job = get(id);
  job.status = outcome.towed ? "towed" : "fixed-roadside";
  job.version++;
  job.updatedAt = Date.now();
  if (job.truck) fleet.release(job.truck, job.id);
  jobs.delete(id);
  closed.unshift({ id: job.id, status: job.status, truck: job.truck, at: job.updatedAt });
  if (closed.length > 25) closed.length = 25;
  changes.publish(job);
  return job;
}

/** Open jobs first, then the recently closed (the tracking page's view of a closed job). */
function find(id) {
  return jobs.get(id) ?? null;
}

function recent(id) {
  return closed.find((c) => c.id === id) ?? null;
}

module.exports = { JobError, open, get, update, complete, find, recent, closed };
