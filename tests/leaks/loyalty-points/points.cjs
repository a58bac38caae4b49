"use strict";

const { PassThrough, Writable } = require("node:stream");

const TIERS = [[0, "blue"], [2_000, "silver"], [10_000, "gold"]];
const HISTORY = 20;
const SEEN_ORDERS = 100;
const RECENT_REDEMPTIONS = 50;

class PointsError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const members = new Map();
for (
  const [id, name, email] of [
    ["M-1001", "Sanne de Boer", "sanne@example.nl"],
    ["M-1002", "Pieter Smit", "pieter.smit@example.nl"],
    ["M-1003", "Fatima El Amrani", "fatima@example"],
    ["M-1004", "Joris Mulder", "joris@example.nl"],
  ]
) {
  members.set(id, { id, name, email, points: 1_500, tier: "blue", history: [] });
}

/** Order references already credited: a till that retries must not credit twice. */
const creditedOrders = new Set();
const recentRedemptions = [];
const tierTotals = { blue: 0, silver: 0, gold: 0 };

/** Every points movement; the totals writer below keeps the per-tier counters from it. */
const activity = new PassThrough({ objectMode: true });
activity.pipe(
  new Writable({
    objectMode: true,
    write(event, _encoding, callback) {
      tierTotals[event.tier] += event.delta;
      callback();
    },
  }),
);

function tierFor(points) {
  let tier = TIERS[0][1];
  for (const [min, name] of TIERS) if (points >= min) tier = name;
  return tier;
}

function memberOrThrow(id) {
  const member = members.get(id);
  if (!member) throw new PointsError(404, `unknown member ${id}`);
  return member;
}

function book(member, delta, reason) {
  member.points += delta;
  member.tier = tierFor(member.points);
  member.history.push({ at: new Date().toISOString(), delta, reason });
  if (member.history.length > HISTORY) member.history.splice(0, member.history.length - HISTORY);
  activity.write({ member: member.id, tier: member.tier, delta });
}

function earn(id, { orderRef, amountCents }) {
  const member = memberOrThrow(id);
  if (creditedOrders.has(orderRef)) return { points: member.points, duplicate: true };
  const delta = Math.floor(amountCents / 100);
  book(member, delta, `order ${orderRef}`);
  creditedOrders.add(orderRef);
  if (creditedOrders.size > SEEN_ORDERS) {
    creditedOrders.delete(creditedOrders.values().next().value);
  }
  return { points: member.points, earned: delta, tier: member.tier };
}

function redeem(id, { reward, cost }) {
  const member = memberOrThrow(id);
  if (member.points < cost) throw new PointsError(409, "not enough points");
  book(member, -cost, `reward ${reward}`);
  recentRedemptions.unshift({ member: id, reward, cost, at: new Date().toISOString() });
  if (recentRedemptions.length > RECENT_REDEMPTIONS) recentRedemptions.length = RECENT_REDEMPTIONS;
  return { points: member.points, tier: member.tier };
}

function memberView(id) {
  const { history, ...member } = memberOrThrow(id);
  return { ...member, history: history.slice(-5) };
}

module.exports = {
  PointsError,
  earn,
  memberOrThrow,
  memberView,
  redeem,
  summary: () => ({
    tierTotals: { ...tierTotals },
    recentRedemptions: recentRedemptions.slice(0, 10),
  }),
};
