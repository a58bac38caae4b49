"use strict";

const { state, TUTORS } = require("./state.cjs");

const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat"];

function overlap(a, b) {
  return a.filter((slot) => b.includes(slot));
}

/** How well a tutor fits a request, with the reasons shown to the student. */
function score(tutor, request) {
  const reasons = [];
  let points = 0;
  if (tutor.levels.includes(request.level)) {
    points += 3;
    reasons.push(`teaches ${request.subject} at ${request.level} level`);
  }
  const shared = overlap(tutor.availability, request.availability);
  if (shared.length > 0) {
    points += shared.length;
    reasons.push(`free on ${shared.join(", ")}`);
  }
  if (tutor.rate <= request.budget) {
    points += 2;
    reasons.push(`within budget (€${tutor.rate}/h)`);
  }
  return { points, reasons };
}

// Availability by tutor, fixed for the demo: in production it comes from their calendars.
for (const [n, tutor] of TUTORS.entries()) {
  tutor.availability = DAYS.filter((_, d) => (d + n) % 2 === 0);
}

/** A new request: linked from every tutor who teaches the subject, ranked by score. */
function addRequest(request) {
  const { graph } = state.matching;
  graph.addNode(request.id, { kind: "request", ...request });
  for (const tutor of TUTORS) {
    if (!tutor.subjects.includes(request.subject)) continue;
    const { points, reasons } = score(tutor, request);
    graph.link(tutor.id, request.id, { score: points, reasons, proposedAt: Date.now() });
  }
  state.matching.openRequests++;
  return matchesFor(request.id);
}

function matchesFor(requestId) {
  return state.matching.graph.incoming(requestId)
    .sort((a, b) => b.score - a.score)
    .map((e) => ({ tutor: e.from, score: e.score, reasons: e.reasons }));
}

function requestsFor(tutorId) {
  return state.matching.graph.outgoing(tutorId).map((e) => {
    const request = state.matching.graph.nodes.get(e.to);
    return { request: e.to, subject: request.subject, student: request.student, score: e.score };
  });
}

/** The student picked a tutor: the request is taken off every tutor's list. */
function book(requestId, tutorId) {
  const { graph } = state.matching;
  const request = graph.nodes.get(requestId);
  if (!request || request.kind !== "request") return null;
  const edge = graph.incoming(requestId).find((e) => e.from === tutorId);
  if (!edge) return null;
  graph.removeNode(requestId);
  state.matching.openRequests--;
  const booking = { request: requestId, tutor: tutorId, subject: request.subject, at: Date.now() };
  state.bookings.recent.unshift(booking);
  state.bookings.recent.length = Math.min(state.bookings.recent.length, 30);
  state.bookings.perTutor.set(tutorId, (state.bookings.perTutor.get(tutorId) ?? 0) + 1);
  return booking;
}

module.exports = { addRequest, book, matchesFor, requestsFor };
