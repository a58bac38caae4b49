/**
 * Two heap snapshots (paths in its arguments) around 300 rounds of a profile service whose edits
 * are revisions: each one is made with the one before as its prototype, so that reads fall
 * through to the earlier fields and undo steps back. Two edits a round, of two shapes (a display
 * change, a notification change), and nothing caps the chain.
 */

import { writeHeapSnapshot } from "node:v8";
import { rmSync } from "node:fs";

const DEFAULTS = { theme: "light", locale: "en-GB", digest: "weekly", mentions: true };
const profiles = new Map([["u-17", { id: "u-17", prefs: DEFAULTS }]]);

function revise(previous, changes, by) {
  const next = Object.create(previous); // PROTO-ADD
  Object.assign(next, changes);
  next.changedBy = by;
  return next;
}

function edit(id, changes, by) {
  const profile = profiles.get(id);
  profile.prefs = revise(profile.prefs, changes, by); // PREFS-SET
}

function round(i) {
  edit("u-17", { theme: i % 2 ? "dark" : "light", locale: "en-GB" }, "web");
  edit("u-17", { digest: "daily", mentions: i % 3 === 0, quietFrom: `22:${i % 60}` }, "app");
}

for (let i = 0; i < 50; i++) round(i);
const [before, after] = process.argv.slice(2);
for (const f of [before, after]) rmSync(f, { force: true });
writeHeapSnapshot(before);
for (let i = 50; i < 350; i++) round(i);
writeHeapSnapshot(after);
