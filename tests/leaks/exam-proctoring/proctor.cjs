"use strict";

const { getExam, score } = require("./exams.cjs");

const TICK_MS = 250;
const RECENT = 25;
// Time lost to a dropped connection is given back, up to this much per reconnect.
const MAX_GRACE_MS = 120_000;

class ExamError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const attempts = new Map();
const recent = [];

function tick(attempt) {
  if (attempt.status !== "in_progress") return;
  attempt.remainingMs = Math.max(0, attempt.endsAt - Date.now());
  if (attempt.remainingMs === 0) finish(attempt, "time");
}

// The clock drives the countdown the client polls and the auto-submit at the deadline.
function startClock(attempt) {
  attempt.lastTickAt = Date.now();
  attempt.clock = setInterval(tick, TICK_MS, attempt);
}

function start(examId, body) {
  const exam = getExam(examId);
  if (!exam) throw new ExamError(404, `no exam ${examId}`);
  if (!body.id || !body.student) throw new ExamError(400, "id and student are required");
  if (attempts.has(body.id)) throw new ExamError(409, `attempt ${body.id} is already running`);
  const now = Date.now();
  const attempt = {
    id: body.id,
    exam: examId,
    student: body.student,
    device: String(body.device ?? "unknown"),
    status: "in_progress",
    startedAt: now,
    endsAt: now + exam.minutes * 60_000,
    remainingMs: exam.minutes * 60_000,
    answers: {},
    events: [{ type: "start", at: now, device: String(body.device ?? "unknown") }],
    reconnects: 0,
    clock: null,
    lastTickAt: now,
  };
  attempts.set(attempt.id, attempt);
  startClock(attempt);
  return attempt;
}

function getAttempt(id) {
  const attempt = attempts.get(id);
  if (!attempt) throw new ExamError(404, `no running attempt ${id}`);
  return attempt;
}

function answer(id, answers) {
  const attempt = getAttempt(id);
  for (const [qid, value] of Object.entries(answers)) {
    attempt.answers[qid] = String(value).slice(0, 4000);
  }
  return { id, saved: Object.keys(answers).length, remainingMs: attempt.remainingMs };
}

// The lockdown browser calls this after it regains its connection.
function resume(id, body) {
  const attempt = getAttempt(id);
  const now = Date.now();
  const offlineMs = Math.min(Number(body.offlineMs) || 0, MAX_GRACE_MS);
  attempt.endsAt += offlineMs;
  attempt.reconnects++;
  attempt.events.push({
    type: "resume",
    at: now,
    offlineMs,
    reason: String(body.reason ?? "").slice(0, 200),
  });
  startClock(attempt);
  return { id, remainingMs: attempt.endsAt - now, reconnects: attempt.reconnects };
}

function finish(attempt, how) {
  clearInterval(attempt.clock);
  attempt.clock = null;
  attempt.status = how === "time" ? "timed_out" : "submitted";
  attempt.events.push({ type: how, at: Date.now() });
  attempts.delete(attempt.id);
  const result = {
    id: attempt.id,
    exam: attempt.exam,
    student: attempt.student,
    status: attempt.status,
    reconnects: attempt.reconnects,
    ...score(attempt.exam, attempt.answers),
  };
  recent.unshift(result);
  if (recent.length > RECENT) recent.length = RECENT;
  return result;
}

function submit(id) {
  return finish(getAttempt(id), "submitted");
}

function status(id) {
  const attempt = attempts.get(id);
  if (attempt) {
    return { id, status: attempt.status, remainingMs: attempt.remainingMs };
  }
  const result = recent.find((r) => r.id === id);
  if (!result) throw new ExamError(404, `no attempt ${id}`);
  return result;
}

module.exports = { ExamError, answer, resume, start, status, submit };
