"use strict";

const { Hub } = require("./emitter.js");
const { NotesIndex } = require("./notes-index.js");
const { PassTrie } = require("./pass-trie.js");
const { queueText } = require("./outbox.js");

const ROUTES = {
  "R-4": [
    "Kerkplein",
    "Stationsplein",
    "Oldenzaalsestraat",
    "Stedelijk Lyceum Enschede",
  ],
  "R-7": ["Boekelo Dorp", "Usselo", "Het Stedelijk Lyceum Kottenpark"],
};

const passes = new Map();
const lookup = new PassTrie();
const careNotes = new NotesIndex();
const failures = { count: 0, last: null };
const planner = new Hub((err, event) => {
  failures.count++;
  failures.last = `${event}: ${err.message}`;
});

class PassError extends Error {
  constructor(message, status = 422) {
    super(message);
    this.status = status;
  }
}

function issue(pass, confirmation) {
  const stops = ROUTES[confirmation.route];
  if (!stops || !stops.includes(pass.stop)) {
    pass.status = "needs-review";
    throw new Error(
      `${pass.id}: stop ${pass.stop} is not on ${confirmation.route}`,
    );
  }
  pass.status = "issued";
  pass.route = confirmation.route;
  queueText(
    pass.guardianPhone,
    `Bus pass ${pass.id} for ${pass.student.name}: ${pass.route}.`,
  );
}

function apply(body) {
  if (!/^[PQ]\d+$/.test(body.id ?? "")) throw new PassError("pass id required");
  if (passes.has(body.id)) throw new PassError("pass exists", 409);
  if (!body.student?.name || !body.school) {
    throw new PassError("student and school required");
  }
  const pass = {
    id: body.id,
    student: { name: body.student.name, year: body.student.year ?? null },
    school: body.school,
    stop: body.stop ?? "",
    guardianPhone: body.guardianPhone ?? "",
    notes: String(body.notes ?? "").slice(0, 300),
    status: "waiting-for-route",
    appliedAt: new Date().toISOString(),
  };
  pass.stopWaiting = planner.once(
    `confirmed:${pass.id}`,
    (c) => issue(pass, c),
  );
  passes.set(pass.id, pass);
  lookup.insert(pass.id, pass);
  careNotes.add(pass.id, pass.notes);
  return view(pass);
}

function view(pass) {
  const { id, student, school, stop, status, route } = pass;
  return { id, student, school, stop, status, route: route ?? null };
}

function confirmRoute(id, body) {
  if (!passes.has(id)) throw new PassError("no such pass", 404);
  const delivered = planner.emit(`confirmed:${id}`, {
    route: body.route,
    seat: body.seat,
  });
  return { id, delivered, status: passes.get(id).status };
}

function cancel(id) {
  const pass = passes.get(id);
  if (!pass) throw new PassError("no such pass", 404);
  pass.stopWaiting();
  passes.delete(id);
  lookup.remove(id);
  careNotes.remove(id, pass.notes);
  return { id, cancelled: true };
}

function searchPrefix(prefix) {
  if (String(prefix ?? "").length < 2) {
    throw new PassError("two characters at least");
  }
  return lookup.startingWith(prefix, 10).map(view);
}

function searchNotes(q) {
  return careNotes.find(q).map((id) => passes.get(id)).filter(Boolean).map(
    view,
  );
}

function office() {
  return { open: passes.size, indexed: lookup.count, failures: failures.count };
}

module.exports = {
  PassError,
  apply,
  cancel,
  confirmRoute,
  office,
  searchNotes,
  searchPrefix,
};
