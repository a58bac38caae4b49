"use strict";

const { JobStatus } = require("./statuses.cjs");

/** Runs by id, from enqueue until the client has collected the result. */
const jobs = new Map();
const queue = [];
const CONCURRENCY = 2;
let running = 0;

/** States after which a run will not change any more (its result can be handed out). */
const FINISHED_STATES = new Set(["complete", "failed", "cancelled"]);

class JobError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function enqueue(id, kind, params, work) {
  if (jobs.has(id)) throw new JobError(409, `run ${id} already exists`);
  let settle;
  const job = {
    id,
    kind,
    params,
    status: JobStatus.QUEUED,
    createdAt: Date.now(),
    startedAt: undefined,
    finishedAt: undefined,
    result: undefined,
    error: undefined,
    settled: new Promise((resolve) => (settle = resolve)),
  };
  job.settle = settle;
  jobs.set(id, job);
  queue.push({ job, work });
  setImmediate(pump);
  return job;
}

function pump() {
  while (running < CONCURRENCY && queue.length) {
    const { job, work } = queue.shift();
    if (job.status === JobStatus.CANCELLED) continue;
    running++;
    job.status = JobStatus.RUNNING;
    job.startedAt = Date.now();
    Promise.resolve()
      .then(() => work(job.params))
      .then(
        (result) => {
          job.status = JobStatus.COMPLETED;
          job.result = result;
        },
        (err) => {
          job.status = JobStatus.FAILED;
          job.error = err.message;
        },
      )
      .finally(() => {
        job.finishedAt = Date.now();
        running--;
        job.settle();
        setImmediate(pump);
      });
  }
}

function cancel(id) {
  const job = jobs.get(id);
  if (!job) throw new JobError(404, `no run ${id}`);
  if (job.status !== JobStatus.QUEUED) throw new JobError(409, `run ${id} is ${job.status}`);
  job.status = JobStatus.CANCELLED;
  job.finishedAt = Date.now();
  job.settle();
  return job;
}

async function waitFor(job, ms) {
  let timer;
  const timeout = new Promise((resolve) => (timer = setTimeout(resolve, ms)));
  try {
    await Promise.race([job.settled, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function view(job) {
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    createdAt: new Date(job.createdAt).toISOString(),
    tookMs: job.finishedAt && job.startedAt ? job.finishedAt - job.startedAt : undefined,
    result: job.result,
    error: job.error,
  };
}

/**
 * The run as the client sees it. A finished run's result is handed out once (the dashboard
 * stores it), after which the run is forgotten.
 */
async function collect(id, { waitMs = 0 } = {}) {
  const job = jobs.get(id);
  if (!job) throw new JobError(404, `no run ${id}`);
  if (waitMs > 0 && job.finishedAt === undefined) await waitFor(job, waitMs);
  const body = view(job);
  if (FINISHED_STATES.has(job.status)) jobs.delete(job.id);
  return body;
}

function stats() {
  const byStatus = {};
  for (const job of jobs.values()) byStatus[job.status] = (byStatus[job.status] ?? 0) + 1;
  return { queued: queue.length, running, byStatus };
}

module.exports = { JobError, cancel, collect, enqueue, stats };
