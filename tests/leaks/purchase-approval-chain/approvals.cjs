"use strict";
const { EventEmitter } = require("node:events");

/** Approvers' decisions, as they come in from the inbox links and the approvals page. */
const decisions = new EventEmitter();
// Every pending request listens; there are routinely hundreds waiting on someone.
decisions.setMaxListeners(0);

/** Pending requests by reference; decided ones move to the archive. */
const pending = new Map();
const ARCHIVE_SIZE = 100;
const archive = [];

/** Who has to sign off, in order, by amount (EUR). */
function approvalChain(amount, department) {
  const chain = ["manager"];
  if (amount >= 1000 || department === "it") chain.push("finance");
  if (amount >= 10000) chain.push("director");
  return chain;
}

class PurchaseRequest {
  constructor({ ref, requester, department, amount, currency, lines }) {
    this.ref = ref;
    this.requester = requester;
    this.department = department;
    this.amount = amount;
    this.currency = currency;
    this.lines = lines;
    this.chain = approvalChain(amount, department);
    this.step = 0;
    this.state = "pending";
    this.trail = [];
    this.submittedAt = Date.now();
    decisions.on("decision", (decision) => this.onDecision(decision));
  }

  get awaiting() {
    return this.state === "pending" ? this.chain[this.step] : null;
  }

  onDecision(decision) {
    if (decision.ref !== this.ref || this.state !== "pending") return;
    if (decision.role !== this.awaiting) {
      decision.outcome = { error: `waiting on ${this.awaiting}, not ${decision.role}` };
      return;
    }
    this.trail.push({
      role: decision.role,
      approver: decision.approver,
      verdict: decision.verdict,
      comment: decision.comment ?? null,
      at: Date.now(),
    });
    if (decision.verdict === "reject") this.finish("rejected");
    else if (++this.step === this.chain.length) this.finish("approved");
    decision.outcome = { state: this.state, awaiting: this.awaiting };
  }

  finish(state) {
    this.state = state;
    this.decidedAt = Date.now();
    decisions.off("decision", this.onDecision);
    pending.delete(this.ref);
    archive.push(this.summary());
    if (archive.length > ARCHIVE_SIZE) archive.shift();
  }

  summary() {
    return {
      ref: this.ref,
      requester: this.requester,
      amount: this.amount,
      currency: this.currency,
      state: this.state,
      awaiting: this.awaiting,
      chain: this.chain,
      trail: this.trail,
    };
  }
}

function submit(input) {
  if (pending.has(input.ref)) throw new Error(`request ${input.ref} is already pending`);
  const request = new PurchaseRequest(input);
  pending.set(request.ref, request);
  return request;
}

/** Hands an approver's decision to whichever request it is for. */
function decide(ref, decision) {
  const event = { ...decision, ref, outcome: null };
  decisions.emit("decision", event);
  return event.outcome;
}

function find(ref) {
  const live = pending.get(ref);
  if (live) return live.summary();
  for (let i = archive.length - 1; i >= 0; i--) if (archive[i].ref === ref) return archive[i];
  return null;
}

function stats() {
  return { pending: pending.size, archived: archive.length };
}

module.exports = { submit, decide, find, stats };
