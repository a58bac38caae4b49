"use strict";

const KINDS = new Set(["thumbnail", "transcode", "pdf-render", "virus-scan"]);
const RECENT_LIMIT = 50;

const runningJobs = new Map();
const finished = { done: 0, failed: 0, recent: [] };

function validateSpec(spec) {
  if (!spec || typeof spec !== "object") return "body must be a JSON object";
  if (!Number.isSafeInteger(spec.id) || spec.id <= 0) return "id must be a positive integer";
  if (!KINDS.has(spec.kind)) return `kind must be one of ${[...KINDS].join(", ")}`;
  if (spec.input === null || typeof spec.input !== "object") return "input must be an object";
  return null;
}

function startJob(spec, worker) {
  const existing = runningJobs.get(spec.id);
  if (existing) return { job: existing, created: false };
  const job = {
    id: spec.id,
    kind: spec.kind,
    input: spec.input,
    priority: Number.isInteger(spec.priority) ? spec.priority : 5,
    worker,
    status: "running",
    attempts: 1,
    createdAt: new Date().toISOString(),
    heartbeatAt: Date.now(),
  };
  runningJobs.set(job.id, job);
  return { job, created: true };
}

function getJob(id) {
  return runningJobs.get(Number(id));
}

function completeJob(id, report) {
  const job = getJob(id);
  if (!job) return null;
  job.status = report.ok ? "done" : "failed";
  job.result = report.result ?? null;
  job.error = report.error ?? null;
  job.finishedAt = new Date().toISOString();
  if (job.status === "done") finished.done++;
  else finished.failed++;
  finished.recent.unshift({ id: job.id, kind: job.kind, status: job.status, at: job.finishedAt });
  if (finished.recent.length > RECENT_LIMIT) finished.recent.length = RECENT_LIMIT;
  runningJobs.delete(id);
  return job;
}

function summary() {
  return {
    running: runningJobs.size,
    done: finished.done,
    failed: finished.failed,
    recent: finished.recent.slice(0, 10),
  };
}

module.exports = { completeJob, getJob, startJob, summary, validateSpec };
