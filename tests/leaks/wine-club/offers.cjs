"use strict";

// Offer tests on the member landing page: marketing sets up two offers per campaign, members
// are split between them, and the campaign manager ends the test when the campaign's mail goes
// out. Assignments are kept so a member who reloads sees the same offer.

class OfferError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const tests = new Map();
const assignments = new Map();
const results = [];
const RESULTS_KEPT = 20;

function hash32(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

// Keyed test first, so everything of one test can be found (and dropped) by prefix.
const keyOf = (testId, memberId) => `${testId}:${memberId}`;

function createTest(campaign, offers) {
  if (!/^[\w-]{3,40}$/.test(String(campaign))) throw new OfferError(422, "bad campaign id");
  if (!Array.isArray(offers) || offers.length !== 2) {
    throw new OfferError(422, "an offer test has exactly two offers");
  }
  if (tests.has(campaign)) throw new OfferError(409, `${campaign} is already running`);
  const test = {
    id: campaign,
    startedAt: Date.now(),
    offers: offers.map((o, i) => ({
      code: String(o.code ?? `offer-${i}`),
      title: String(o.title ?? ""),
      discountPct: Number(o.discountPct ?? 0),
      shown: 0,
      accepted: 0,
    })),
  };
  tests.set(test.id, test);
  return test;
}

function offerFor(testId, memberId) {
  const test = tests.get(testId);
  if (!test) throw new OfferError(404, "no such running test");
  const key = keyOf(testId, memberId);
  let assignment = assignments.get(key);
  if (!assignment) {
    const offer = test.offers[hash32(key) % test.offers.length];
    assignment = { memberId, offer, at: Date.now() };
    assignments.set(key, assignment);
    offer.shown++;
  }
  return assignment.offer;
}

function endTest(testId) {
  const test = tests.get(testId);
  if (!test) throw new OfferError(404, "no such running test");
  tests.delete(testId);
  const prefix = `${testId}:`;
  for (const key of assignments.keys()) {
    if (key.startsWith(prefix)) assignments.delete(key);
  }
  const summary = {
    id: test.id,
    offers: test.offers.map((o) => ({ code: o.code, shown: o.shown, accepted: o.accepted })),
    endedAt: new Date().toISOString(),
  };
  results.push(summary);
  if (results.length > RESULTS_KEPT) results.shift();
  return summary;
}

function overview() {
  return {
    running: [...tests.keys()],
    assignments: assignments.size,
    results: results.slice(-5),
  };
}

module.exports = { OfferError, createTest, offerFor, endTest, overview };
