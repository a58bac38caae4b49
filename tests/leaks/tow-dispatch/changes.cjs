"use strict";

/**
 * Long-polling for the member's tracking page: GET …/changes?since=N answers as soon as the job
 * is past version N, or with 204 after POLL_MS so the page asks again.
 */
const POLL_MS = 150;

const waiting = new Map();
const counters = { polls: 0, answered: 0, timedOut: 0 };

function view(job) {
  return {
    id: job.id,
    version: job.version,
    status: job.status,
    truck: job.truck,
    etaMinutes: job.etaMinutes,
    updatedAt: job.updatedAt,
  };
}

function reply(res, job) {
  res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(view(job)));
}

function wait(req, res, job, since) {
  counters.polls++;
  if (job.version > since) {
    counters.answered++;
    return reply(res, job);
  }
  const waiter = {
    jobId: job.id,
    since,
    res,
    page: req.headers["x-tracking-page"] ?? "web",
    openedAt: Date.now(),
    timer: null,
  };
  waiter.timer = setTimeout(() => {
    counters.timedOut++;
    waiting.delete(req);
    res.writeHead(204, { "cache-control": "no-store" });
    res.end();
  }, POLL_MS);
  waiting.set(res, waiter);
}

/** A job changed: answer everyone waiting on it. */
function publish(job) {
  for (const [res, w] of waiting) {
    if (w.jobId !== job.id || job.version <= w.since) continue;
    clearTimeout(w.timer);
    waiting.delete(res);
    counters.answered++;
    reply(res, job);
  }
}

function stats() {
  return { ...counters };
}

module.exports = { wait, publish, stats, view };
