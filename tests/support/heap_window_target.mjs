/**
 * Two heap snapshots (paths in its arguments) around 60 rounds of two sliding windows of call
 * records, each pruned of calls older than its span on every add: one compares the oldest
 * record itself with the cutoff (an object: never true, so every call stays), the other its
 * time (a window over the last hour: it holds what the run made within that hour).
 */

import { writeHeapSnapshot } from "node:v8";
import { rmSync } from "node:fs";

function createRetryWindow(spanMs) {
  const calls = [];

  function prune(now) {
    const cutoff = now - spanMs;
    while (calls.length > 0 && calls[0] < cutoff) calls.shift(); // STALE-REMOVE
  }

  return {
    record(op, requestId) {
      const now = Date.now();
      calls.push({ at: now, op, requestId, note: `${op} for ${requestId}` }); // CALL-ADD
      prune(now);
    },
  };
}

function createUsageWindow(spanMs) {
  const uses = [];

  function prune(now) {
    const cutoff = now - spanMs;
    while (uses.length > 0 && uses[0].at < cutoff) uses.shift();
  }

  return {
    record(op, requestId) {
      const now = Date.now();
      uses.push({ at: now, op, requestId, note: `${op} for ${requestId}` });
      prune(now);
    },
  };
}

const retries = createRetryWindow(10_000);
const hourly = createUsageWindow(3_600_000);

function round(i) {
  retries.record("transcribe", `req-${i}`);
  hourly.record("bill", `req-${i}`);
}

const [before, after] = process.argv.slice(2);
for (let i = 0; i < 60; i++) round(i);
// The first snapshot in a process loads the snapshot code itself: not the program's growth.
writeHeapSnapshot(`${before}.warm-up`);
rmSync(`${before}.warm-up`);
writeHeapSnapshot(before);
for (let i = 60; i < 120; i++) round(i);
writeHeapSnapshot(after);
