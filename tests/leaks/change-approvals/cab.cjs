"use strict";

const { ReminderQueue } = require("./reminders.cjs");

class CabError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Approvals needed by risk; "standard" changes are pre-approved and never come here. */
const APPROVERS = {
  low: ["cab.chair"],
  medium: ["cab.chair", "service.owner"],
  high: ["cab.chair", "service.owner", "security"],
};
const IMPLEMENTED_KEPT = 50;

const reminders = new ReminderQueue(250);
/** Changes waiting on CAB votes, by change number. */
const awaiting = new Map();
/** Approved changes on the forward schedule until they are implemented. */
const scheduled = new Map();
const implemented = [];

function openChange(number) {
  const change = awaiting.get(Number(number));
  if (!change) throw new CabError(404, `change ${number} is not awaiting approval`);
  return change;
}

function raise(body) {
  const number = Number(body.number);
  if (!Number.isInteger(number) || number <= 0) throw new CabError(400, "bad change number");
  if (awaiting.has(number) || scheduled.has(number)) {
    throw new CabError(409, `change ${number} already raised`);
  }
  const risk = APPROVERS[body.risk] ? body.risk : "high";
  const change = {
    number,
    title: String(body.title ?? ""),
    description: String(body.description ?? "").slice(0, 4000),
    risk,
    services: Array.isArray(body.services) ? body.services.map(String) : [],
    window: body.window ?? null,
    backout: String(body.backout ?? ""),
    requestedBy: String(body.requestedBy ?? ""),
    approvers: APPROVERS[risk],
    votes: [],
    state: "awaiting-cab",
    raisedAt: new Date().toISOString(),
  };
  awaiting.set(number, change);
  reminders.schedule(change);
  return change;
}

function vote(number, body) {
  const change = openChange(number);
  const by = String(body.by ?? "");
  if (!change.approvers.includes(by)) throw new CabError(403, `${by} is not an approver`);
  if (change.votes.some((v) => v.by === by)) throw new CabError(409, `${by} already voted`);
  change.votes.push({
    by,
    approve: body.approve === true,
    note: String(body.note ?? ""),
    at: Date.now(),
  });
  reminders.voted(change.number, by);

  if (body.approve !== true) {
    change.state = "rejected";
    awaiting.delete(change.number);
    reminders.cancel(number);
    return { number: change.number, state: change.state };
  }
  if (change.approvers.every((a) => change.votes.some((v) => v.by === a && v.approve))) {
    change.state = "scheduled";
    awaiting.delete(change.number);
    scheduled.set(change.number, change);
    reminders.cancel(number);
  }
  return { number: change.number, state: change.state, votes: change.votes.length };
}

function markImplemented(number, body) {
  const change = scheduled.get(Number(number));
  if (!change) throw new CabError(404, `change ${number} is not scheduled`);
  scheduled.delete(change.number);
  change.state = body.success === false ? "backed-out" : "implemented";
  implemented.unshift({ number: change.number, state: change.state, at: new Date().toISOString() });
  if (implemented.length > IMPLEMENTED_KEPT) implemented.length = IMPLEMENTED_KEPT;
  return { number: change.number, state: change.state };
}

function lookup(number) {
  const n = Number(number);
  const change = awaiting.get(n) ?? scheduled.get(n);
  if (change) return change;
  const done = implemented.find((c) => c.number === n);
  if (!done) throw new CabError(404, `no change ${number}`);
  return done;
}

function board() {
  return {
    awaiting: awaiting.size,
    scheduled: scheduled.size,
    implemented: implemented.slice(0, 10),
    reminders: reminders.stats(),
  };
}

module.exports = { CabError, board, lookup, markImplemented, raise, vote };
