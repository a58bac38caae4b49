"use strict";

const { fail } = require("./http.cjs");
const matcher = require("./matcher.cjs");
const { state } = require("./state.cjs");

const LEVELS = new Set(["vmbo", "havo", "vwo"]);

function newRequest(body) {
  const id = String(body.id ?? "");
  if (!/^R-[\w-]+$/.test(id)) throw fail(400, "id must look like R-…");
  if (state.matching.graph.nodes.has(id)) throw fail(409, "request exists");
  if (!LEVELS.has(body.level)) throw fail(400, "unknown level");
  return {
    id,
    student: String(body.student ?? "anonymous"),
    subject: String(body.subject ?? ""),
    level: body.level,
    availability: Array.isArray(body.availability) ? body.availability.map(String) : [],
    budget: Number(body.budget ?? 30),
    message: String(body.message ?? "").slice(0, 500),
  };
}

function dispatch(method, pathname, body) {
  const parts = pathname.split("/").filter(Boolean);
  if (method === "POST" && pathname === "/requests") {
    return { status: 201, payload: { matches: matcher.addRequest(newRequest(body)) } };
  }
  if (parts[0] === "requests" && parts.length === 3) {
    const [, id, action] = parts;
    if (method === "GET" && action === "matches") {
      return { status: 200, payload: matcher.matchesFor(id) };
    }
    if (method === "POST" && action === "book") {
      const booking = matcher.book(id, String(body.tutor ?? ""));
      if (!booking) throw fail(404, "no such request or tutor");
      return { status: 201, payload: booking };
    }
  }
  if (method === "GET" && parts[0] === "tutors" && parts[2] === "requests") {
    return { status: 200, payload: matcher.requestsFor(parts[1]) };
  }
  if (method === "GET" && pathname === "/stats") {
    const { recent, perTutor } = state.bookings;
    return {
      status: 200,
      payload: {
        open: state.matching.openRequests,
        recent,
        perTutor: Object.fromEntries(perTutor),
      },
    };
  }
  throw fail(404, "not found");
}

module.exports = { dispatch };
