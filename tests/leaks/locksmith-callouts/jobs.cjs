"use strict";

/** Emergency call-outs: reported, dispatched to a locksmith, on site, then done or cancelled. */

const FLOW = {
  reported: ["dispatched", "cancelled"],
  dispatched: ["on_site", "cancelled"],
  on_site: ["done"],
};
const FINAL = new Set(["done", "cancelled"]);
const LOCKSMITHS = ["ahmed", "bas", "chantal", "dirk"];
const MAX_RECENT = 30;

/** Call-outs not finished yet, by id. */
const openJobs = new Map();
/** The last finished call-outs (summaries), newest first. */
const recent = [];
const perLocksmith = Object.fromEntries(LOCKSMITHS.map((l) => [l, { done: 0, minutes: 0 }]));

function report(job) {
  const record = { ...job, state: "reported", reportedAt: Date.now(), log: [] };
  openJobs.set(record.id, record);
  return record;
}

function move(id, to, details = {}) {
  const job = openJobs.get(id);
  if (!job) return { error: "no open call-out " + id };
  if (!(FLOW[job.state] ?? []).includes(to)) {
    return { error: `cannot go from ${job.state} to ${to}` };
  }
  if (to === "dispatched" && !LOCKSMITHS.includes(details.locksmith)) {
    return { error: "unknown locksmith" };
  }
  job.log.push({ to, at: Date.now() });
  job.state = to;
  if (details.locksmith) job.locksmith = details.locksmith;
  if (FINAL.has(to)) {
    openJobs.delete(id);
    if (to === "done") {
      const s = perLocksmith[job.locksmith];
      s.done++;
      s.minutes += Math.round((Date.now() - job.reportedAt) / 60000);
    }
    recent.unshift({ id: job.id, kind: job.kind, state: to, locksmith: job.locksmith });
    if (recent.length > MAX_RECENT) recent.length = MAX_RECENT;
  }
  return { job };
}

function board() {
  return {
    open: [...openJobs.values()].map((j) => ({ id: j.id, state: j.state, postcode: j.postcode })),
    recent: recent.slice(0, 10),
    perLocksmith,
  };
}

module.exports = { report, move, board };
