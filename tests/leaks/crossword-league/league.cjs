"use strict";

const { EventEmitter } = require("node:events");
const { LRU } = require("./vendor/lru.cjs");
const { getPuzzle, mark } = require("./puzzles.cjs");

const events = new EventEmitter();
const TOP = 10;
const boards = new Map();
// solvers come and go; keep the recently active ones' streaks in memory
const solvers = new LRU(64);
const started = new Map();
const ABANDON_MS = 20 * 60_000;

function start(puzzleId, solver) {
  getPuzzle(puzzleId);
  const key = `${solver}:${puzzleId}`;
  started.set(key, { solver, puzzleId, at: Date.now() });
  return { key };
}

function submit(puzzleId, solver, entries) {
  const key = `${solver}:${puzzleId}`;
  const attempt = started.get(key);
  if (!attempt) throw Object.assign(new Error("start the puzzle first"), { status: 409 });
  started.delete(key);
  const result = mark(puzzleId, entries);
  const seconds = Math.max(1, Math.round((Date.now() - attempt.at) / 1000));
  const profile = solvers.get(solver) ?? { solver, solved: 0, streak: 0, best: {} };
  if (result.correct === result.lights) {
    profile.solved++;
    profile.streak++;
    profile.best[puzzleId] = Math.min(profile.best[puzzleId] ?? Infinity, seconds);
    record(puzzleId, { solver, seconds, at: new Date().toISOString() });
    events.emit("solved", { puzzleId, solver, seconds, profile });
  } else {
    profile.streak = 0;
  }
  solvers.set(solver, profile);
  return { ...result, seconds, streak: profile.streak };
}

function record(puzzleId, entry) {
  const board = boards.get(puzzleId) ?? [];
  board.push(entry);
  board.sort((a, b) => a.seconds - b.seconds || a.at.localeCompare(b.at));
  if (board.length > TOP) board.length = TOP;
  boards.set(puzzleId, board);
}

function leaderboard(puzzleId) {
  getPuzzle(puzzleId);
  return boards.get(puzzleId) ?? [];
}

function profile(solver) {
  return solvers.get(solver) ?? null;
}

setInterval(() => {
  const cutoff = Date.now() - ABANDON_MS;
  for (const [key, attempt] of started) if (attempt.at < cutoff) started.delete(key);
}, 250).unref();

module.exports = { events, leaderboard, profile, start, submit, solverCount: () => solvers.size };
