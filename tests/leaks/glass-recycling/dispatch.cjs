"use strict";

const { EventEmitter } = require("node:events");
const { openJobs } = require("./banks.cjs");

/** Crew cab tablets long-poll for the next bank to empty on their round. */
const jobsRaised = new EventEmitter();
jobsRaised.setMaxListeners(100);

function announce(job) {
  jobsRaised.emit(job.round, job);
}

function nextJob(round, waitMs) {
  const waiting = openJobs(round);
  if (waiting.length) return Promise.resolve(waiting[0]);
  return new Promise((resolve) => {
    const onJob = (job) => {
      clearTimeout(timer);
      resolve(job);
    };
    const timer = setTimeout(() => {
      jobsRaised.off(round, onJob);
      resolve(null);
    }, Math.min(waitMs, 250));
    jobsRaised.once(round, onJob);
  });
}

function waitingTablets() {
  return jobsRaised.eventNames().map((round) => ({
    round,
    tablets: jobsRaised.listenerCount(round),
  }));
}

module.exports = { announce, nextJob, waitingTablets };
