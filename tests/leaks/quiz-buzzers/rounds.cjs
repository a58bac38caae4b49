"use strict";

const { award, teams } = require("./teams.cjs");

/** Teams have this long to buzz in once the question is read out. */
const ANSWER_WINDOW_MS = 200;
const MAX_EXTRA_MS = 100;
const KEEP_RESULTS = 30;

class RoundError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Questions currently open for buzzing, by question id. */
const open = new Map();
/** The last few closed questions, newest first, for the host's screen. */
const results = [];

function normalise(answer) {
  return String(answer).toLowerCase().replace(/[^a-z0-9]/g, "");
}

function openQuestion({ id, category, text, answer, points = 1 }) {
  if (open.has(id)) throw new RoundError(409, `question ${id} is already open`);
  const question = {
    id,
    category,
    text,
    answer: normalise(answer),
    points,
    openedAt: Date.now(),
    buzzes: [],
    extended: false,
    timer: null,
  };
  question.timer = setTimeout(() => close(id, "time"), ANSWER_WINDOW_MS);
  open.set(id, question);
  return { id, closesInMs: ANSWER_WINDOW_MS };
}

function buzz(id, teamId, answer) {
  const question = open.get(id);
  if (!question) throw new RoundError(410, "too late, that question has closed");
  if (!teams.has(teamId)) throw new RoundError(404, `no team ${teamId}`);
  if (question.buzzes.some((b) => b.team === teamId)) {
    throw new RoundError(409, "your team has already answered");
  }
  teams.get(teamId).buzzes++;
  question.buzzes.push({
    team: teamId,
    answer: normalise(answer),
    afterMs: Date.now() - question.openedAt,
  });
  if (question.buzzes.length === teams.size) close(id, "all answered");
  return { id, position: question.buzzes.length };
}

function extend(id, extraMs) {
  const question = open.get(id);
  if (!question) throw new RoundError(410, "that question has closed");
  if (question.extended) throw new RoundError(409, "already given extra time");
  const extra = Math.min(Number(extraMs) || 0, MAX_EXTRA_MS);
  const left = Math.max(0, question.openedAt + ANSWER_WINDOW_MS - Date.now());
  clearTimeout(question.timer);
  question.extended = true;
  question.timer = setTimeout(() => close(id, "time"), left + extra);
  return { id, closesInMs: left + extra };
}

function close(id, why) {
  const question = open.get(id);
  if (!question) return;
  clearTimeout(question.timer);
  open.delete(id);
  const correct = question.buzzes.filter((b) => b.answer === question.answer);
  // first correct team gets a bonus point
  correct.forEach((b, n) => award(b.team, question.points + (n === 0 ? 1 : 0)));
  results.unshift({
    id,
    category: question.category,
    closedBecause: why,
    answered: question.buzzes.length,
    correct: correct.map((b) => b.team),
  });
  if (results.length > KEEP_RESULTS) results.length = KEEP_RESULTS;
}

function recentResults(limit) {
  return results.slice(0, limit);
}

module.exports = {
  RoundError,
  buzz,
  extend,
  openQuestion,
  recentResults,
  openCount: () => open.size,
};
