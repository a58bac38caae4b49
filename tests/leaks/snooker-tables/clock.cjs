"use strict";

let last = 0;

/**
 * Milliseconds, strictly increasing: table events from the tablets are ordered by their stamp,
 * and two events in the same millisecond must not tie.
 */
function stamp() {
  const now = Date.now();
  last = now > last ? now : last + 1;
  return last;
}

module.exports = { stamp };
