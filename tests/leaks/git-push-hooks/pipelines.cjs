"use strict";

/** Queued pipeline runs; the runner fleet drains the queue, the dashboard shows the last 40. */
const queue = [];
const recent = [];
const MAX_RECENT = 40;
let seq = 0;

function trigger(summary, reason) {
  const run = {
    number: ++seq,
    repo: summary.repo,
    ref: summary.ref,
    sha: summary.after,
    reason,
    queuedAt: Date.now(),
  };
  queue.push(run);
  return run;
}

// the runner fleet's pull loop, in-process for this deployment
setInterval(() => {
  for (const run of queue.splice(0)) {
    recent.unshift({ number: run.number, repo: run.repo, sha: run.sha.slice(0, 12) });
  }
  if (recent.length > MAX_RECENT) recent.length = MAX_RECENT;
}, 200).unref();

function stats() {
  return { queued: queue.length, recent: recent.slice(0, 10), total: seq };
}

module.exports = { trigger, stats };
