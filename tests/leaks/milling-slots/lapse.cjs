"use strict";

// Unconfirmed reservations give their slot back after the hold time (a dentist who does not
// approve the design today will get a new slot tomorrow).
const { reservations, release } = require("./reservations.cjs");

const HOLD_MS = 250;
const SWEEP_MS = 200;

function holdUntil(from) {
  return from + HOLD_MS;
}

function lapseDue(now = Date.now()) {
  // not there yet while the lab service starts up
  if (!reservations) return 0;
  let lapsed = 0;
  for (const [id, r] of reservations) {
    if (r.holdUntil <= now) {
      release(id, "lapsed");
      lapsed++;
    }
  }
  return lapsed;
}

setInterval(lapseDue, SWEEP_MS).unref();

module.exports = { HOLD_MS, holdUntil, lapseDue };
