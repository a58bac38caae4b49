"use strict";

const { JOB_DEFAULTS, PRESETS } = require("./presets.cjs");

/** Jobs not yet finished, by id. */
const active = new Map();
/** Finished jobs, newest last; the dashboard shows the last 50. */
const finished = [];
const MAX_FINISHED = 50;
let seq = 0;

function record(job, status, detail) {
  job.status = status;
  job.history.push({
    at: new Date().toISOString(),
    job: job.id,
    status,
    detail,
  });
}

function createJob(episode, input) {
  if (typeof input.source !== "string" || !input.source.startsWith("s3://")) {
    const err = new Error("source must be an s3:// URL");
    err.status = 400;
    throw err;
  }
  const job = {
    ...JOB_DEFAULTS,
    id: `tj-${++seq}`,
    episode,
    source: input.source,
    title: String(input.title ?? episode),
    durationSec: Number(input.durationSec) || 0,
    outputs: {},
    createdAt: Date.now(),
  };
  active.set(job.id, job);
  record(job, "queued", `${job.source} → ${job.renditions.join(", ")}`);
  return job;
}

function nextQueued() {
  const queued = [];
  for (const job of active.values()) if (job.status === "queued") queued.push(job);
  return queued;
}

function complete(job) {
  active.delete(job.id);
  finished.push(job);
  if (finished.length > MAX_FINISHED) finished.shift();
}

function findByEpisode(episode) {
  for (const job of active.values()) if (job.episode === episode) return job;
  for (let i = finished.length - 1; i >= 0; i--) {
    if (finished[i].episode === episode) return finished[i];
  }
  return null;
}

function queueView() {
  return {
    active: active.size,
    finished: finished.length,
    presets: Object.keys(PRESETS),
    lastFinished: finished.slice(-5).map((j) => ({
      id: j.id,
      episode: j.episode,
      status: j.status,
    })),
  };
}

module.exports = { complete, createJob, findByEpisode, nextQueued, queueView, record };
