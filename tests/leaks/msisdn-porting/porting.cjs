"use strict";

const { OPERATORS, donorOf } = require("./numbering.cjs");

class PortingError extends Error {
  constructor(message, status = 422) {
    super(message);
    this.status = status;
  }
}

const RECIPIENT = "MVX";
const open = new Map();
const recentlyCompleted = [];
const MAX_RECENT = 25;
const totals = { requested: 0, completed: 0, numbers: 0 };

function eligibility(msisdn) {
  const donor = donorOf(msisdn);
  if (!donor) return { msisdn, eligible: false, reason: "number not in a mobile range" };
  if (donor === RECIPIENT) return { msisdn, eligible: false, reason: "already with us" };
  const operator = OPERATORS[donor];
  return {
    msisdn,
    eligible: true,
    donor,
    donorName: operator.name,
    earliestDays: operator.noticeDays,
    business: operator.acceptsBusiness,
  };
}

function requestPort(body) {
  const numbers = Array.isArray(body.numbers) ? body.numbers : [];
  if (numbers.length === 0 || numbers.length > 10) {
    throw new PortingError("between one and ten numbers per request");
  }
  if (!body.customer?.name || !body.customer?.accountAtDonor) {
    throw new PortingError("customer name and donor account number are required");
  }
  const lines = numbers.map((msisdn) => {
    const check = eligibility(msisdn);
    if (!check.eligible) throw new PortingError(`${msisdn}: ${check.reason}`);
    return { msisdn, donor: check.donor, state: "requested" };
  });
  const id = String(body.reference ?? "");
  if (!/^[\w-]{3,40}$/.test(id)) {
    throw new PortingError("the retailer's order reference is required");
  }
  if (open.has(id)) throw new PortingError(`porting request ${id} is already open`, 409);
  const request = {
    id,
    retailer: body.retailer ?? "unknown",
    customer: { name: body.customer.name, accountAtDonor: body.customer.accountAtDonor },
    business: Boolean(body.business),
    wishDate: body.wishDate ?? null,
    lines,
    createdAt: new Date().toISOString(),
    status: "requested",
  };
  open.set(id, request);
  totals.requested++;
  return request;
}

function findPort(id) {
  const request = open.get(id);
  if (!request) throw new PortingError(`no open porting request ${id}`, 404);
  return request;
}

/** The donor confirmed and the numbers were switched in the network. */
function completePort(id) {
  const request = findPort(id);
  open.delete(id);
  request.status = "completed";
  for (const line of request.lines) line.state = "ported";
  totals.completed++;
  totals.numbers += request.lines.length;
  recentlyCompleted.push({ id, numbers: request.lines.length, at: new Date().toISOString() });
  if (recentlyCompleted.length > MAX_RECENT) recentlyCompleted.shift();
  return request;
}

function overview() {
  return { open: open.size, totals, recent: recentlyCompleted.slice(-5) };
}

module.exports = { PortingError, completePort, eligibility, findPort, overview, requestPort };
