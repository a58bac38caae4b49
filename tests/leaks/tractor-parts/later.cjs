"use strict";

/**
 * Deferred jobs (pick slips, texts to farmers) that a restart must not drop: on SIGTERM whatever
 * is still waiting runs straight away before the process exits.
 */
const pendingTimers = new Map();

function run(job) {
  try {
    job.fn(...job.args);
  } catch (err) {
    console.error(`deferred ${job.label} failed: ${err.message}`);
  }
}

function later(ms, label, fn, ...args) {
  const job = { label, fn, args, due: Date.now() + ms };
  const timer = setTimeout(() => {
    // Node calls a timer's callback with the Timeout as `this`
    pendingTimers.delete(this);
    run(job);
  }, ms);
  pendingTimers.set(timer, job);
  return timer;
}

function flushPending() {
  for (const [timer, job] of pendingTimers) {
    clearTimeout(timer);
    run(job);
  }
  pendingTimers.clear();
}

function pendingCount() {
  return pendingTimers.size;
}

module.exports = { later, flushPending, pendingCount };
