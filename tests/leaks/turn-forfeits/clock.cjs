"use strict";

// Blitz lobbies: a player who doesn't move in time forfeits.
const TURN_MS = 300;

const turnClocks = new Map();

function startTurn(match, onTimeout) {
  stopClock(match);
  const turn = match.moves.length;
  turnClocks.set(match, setTimeout(() => onTimeout(match.id, turn), TURN_MS));
}

function stopClock(match) {
  const timer = turnClocks.get(match);
  if (timer === undefined) return;
  clearTimeout(timer);
  turnClocks.delete(match);
}

function runningClocks() {
  return turnClocks.size;
}

module.exports = { TURN_MS, runningClocks, startTurn, stopClock };
