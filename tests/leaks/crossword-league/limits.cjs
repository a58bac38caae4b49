"use strict";

// Fixed one-second windows: enough to stop a script hammering the checker.
const PER_WINDOW = 20;
let windowStart = 0;
let counts = new Map();

function roll() {
  const now = Math.floor(Date.now() / 1000);
  if (now !== windowStart) {
    windowStart = now;
    counts = new Map();
  }
}

// roll over even when it is quiet, so last second's callers are not kept around
setInterval(roll, 250).unref();

function allow(client) {
  roll();
  const n = (counts.get(client) ?? 0) + 1;
  counts.set(client, n);
  return n <= PER_WINDOW;
}

module.exports = { allow };
