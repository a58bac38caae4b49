"use strict";

const { store } = require("./store.cjs");
const { runningClocks, startTurn, stopClock } = require("./clock.cjs");

const LINES = [
  [0, 1, 2],
  [3, 4, 5],
  [6, 7, 8],
  [0, 3, 6],
  [1, 4, 7],
  [2, 5, 8],
  [0, 4, 8],
  [2, 4, 6],
];

class GameError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const stats = { created: 0, won: 0, drawn: 0, forfeited: 0, resigned: 0 };

function winnerOf(board) {
  for (const [a, b, c] of LINES) {
    if (board[a] && board[a] === board[b] && board[a] === board[c]) return board[a];
  }
  return board.every(Boolean) ? "draw" : null;
}

function finish(match, result, reason) {
  stopClock(match);
  match.status = "finished";
  match.result = result;
  match.reason = reason;
  match.finishedAt = new Date().toISOString();
  store.save(match);
}

function onTurnTimeout(matchId, turn) {
  const match = store.load(matchId);
  // the player moved in time, or the game is over
  if (!match || match.status !== "playing" || match.moves.length !== turn) return;
  const loser = match.moves.length % 2 === 0 ? "X" : "O";
  stats.forfeited++;
  finish(match, loser === "X" ? "O" : "X", "timeout");
}

function createMatch(body) {
  if (!body.id || !body.x || !body.o) throw new GameError(400, "id, x and o required");
  const match = {
    id: body.id,
    lobby: body.lobby ?? "blitz",
    players: {
      X: { id: body.x.id, name: body.x.name, rating: body.x.rating ?? 1200 },
      O: { id: body.o.id, name: body.o.name, rating: body.o.rating ?? 1200 },
    },
    board: Array(9).fill(null),
    moves: [],
    status: "playing",
    result: null,
    reason: null,
    createdAt: new Date().toISOString(),
    finishedAt: null,
  };
  if (!store.insert(match)) throw new GameError(409, "match exists");
  stats.created++;
  startTurn(match, onTurnTimeout);
  return match;
}

function play(matchId, body) {
  const match = store.load(matchId);
  if (!match) throw new GameError(404, "no such match");
  if (match.status !== "playing") throw new GameError(409, `match is ${match.status}`);
  const mark = match.moves.length % 2 === 0 ? "X" : "O";
  if (match.players[mark].id !== body.player) throw new GameError(409, "not your turn");
  const cell = Number(body.cell);
  if (!Number.isInteger(cell) || cell < 0 || cell > 8 || match.board[cell]) {
    throw new GameError(422, "illegal move");
  }
  match.board[cell] = mark;
  match.moves.push({ mark, cell, player: body.player, at: new Date().toISOString() });
  const winner = winnerOf(match.board);
  if (winner) {
    stats[winner === "draw" ? "drawn" : "won"]++;
    finish(match, winner, winner === "draw" ? "board full" : "three in a row");
  } else {
    store.save(match);
    startTurn(match, onTurnTimeout);
  }
  return { id: match.id, board: match.board, status: match.status, result: match.result };
}

function resign(matchId, player) {
  const match = store.load(matchId);
  if (!match) throw new GameError(404, "no such match");
  const mark = Object.keys(match.players).find((k) => match.players[k].id === player);
  if (!mark) throw new GameError(403, "not in this match");
  stats.resigned++;
  finish(match, mark === "X" ? "O" : "X", "resigned");
  return { id: match.id, result: match.result };
}

function describe(matchId) {
  return store.load(matchId) ?? store.finished(matchId);
}

function counters() {
  return { ...stats, live: store.live, clocks: runningClocks() };
}

module.exports = { GameError, counters, createMatch, describe, play, resign };
