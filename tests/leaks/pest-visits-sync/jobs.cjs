"use strict";

const { queueUpdate, requireDevice } = require("./devices.cjs");

class JobError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Jobs booked and not yet completed. */
const open = new Map();
/** Completed jobs, newest first, for the office's end-of-day sheet (last 20). */
const completed = [];
const MAX_COMPLETED = 20;

function createJob(body) {
  if (!body.id || !body.device || !body.site) {
    throw new JobError(400, "id, device and site are required");
  }
  if (open.has(body.id)) throw new JobError(409, `job ${body.id} exists`);
  requireDevice(body.device);
  const job = {
    id: body.id,
    rev: 1,
    device: body.device,
    customer: body.customer ?? "",
    site: body.site,
    pest: body.pest ?? "unknown",
    window: body.window ?? "any time",
    accessNotes: body.accessNotes ?? "",
    hazards: body.hazards ?? [],
    createdAt: new Date().toISOString(),
  };
  open.set(job.id, job);
  queueUpdate(job.device, job, "job.assigned");
  return job;
}

const EDITABLE = ["window", "accessNotes", "hazards", "pest", "customer"];

function updateJob(id, body) {
  const job = open.get(id);
  if (!job) throw new JobError(404, `no open job ${id}`);
  for (const field of EDITABLE) if (field in body) job[field] = body[field];
  job.rev++;
  queueUpdate(job.device, job, "job.changed");
  return job;
}

function completeJob(id, body) {
  const job = open.get(id);
  if (!job) throw new JobError(404, `no open job ${id}`);
  open.delete(id);
  completed.unshift({
    id,
    device: job.device,
    treatment: body.treatment ?? "",
    followUp: body.followUp ?? null,
    at: new Date().toISOString(),
  });
  if (completed.length > MAX_COMPLETED) completed.length = MAX_COMPLETED;
  return { id, status: "completed" };
}

function jobStats() {
  return { open: open.size, completedToday: completed.length };
}

module.exports = { JobError, completeJob, createJob, jobStats, updateJob };
