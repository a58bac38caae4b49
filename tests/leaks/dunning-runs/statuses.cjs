"use strict";

/** Lifecycle of a dunning run, as stored on the job and shown to the finance dashboard. */
const JobStatus = Object.freeze({
  QUEUED: "queued",
  RUNNING: "running",
  COMPLETED: "completed",
  FAILED: "failed",
  CANCELLED: "cancelled",
});

module.exports = { JobStatus };
