"use strict";

// Delayed jobs that shutdown must not leave behind: each timer is tracked until it fires or
// is cancelled, so SIGTERM can flush what is still waiting.

const waiting = new Map();
let nextId = 1;
let ran = 0;

function runLater(delayMs, label, task) {
  const id = nextId++;
  const timer = setTimeout(() => {
    waiting.delete(id);
    ran++;
    Promise.resolve()
      .then(task)
      .catch((err) => console.error(`${label} failed:`, err.message));
  }, delayMs);
  waiting.set(id, { timer, label, task });
  return id;
}

/** Runs everything still waiting right away (on shutdown). */
async function flushWaiting() {
  const jobs = [...waiting.values()];
  waiting.clear();
  for (const job of jobs) clearTimeout(job.timer);
  await Promise.allSettled(jobs.map((job) => job.task()));
  return jobs.length;
}

function schedulerStats() {
  return { waiting: waiting.size, ran };
}

module.exports = { flushWaiting, runLater, schedulerStats };
