/**
 * Three heap snapshots (paths in its arguments) around 100 rounds of a note editor: every save
 * replaces the note's `lines` with a fresh array of its ten lines (a value replaced, not a
 * collection that grows), and keeps a snapshot of each version in a history map that nothing
 * prunes (the leak).
 */

import { writeHeapSnapshot } from "node:v8";
import { rmSync } from "node:fs";

const notes = new Map();
const history = new Map();
notes.set("trip", { key: "trip", version: 0, lines: [] });

function save(i) {
  const note = notes.get("trip");
  note.version = i;
  note.lines = Array.from({ length: 10 }, (_, n) => `line ${n} of version ${i}`); // REPLACE
  history.set(`trip@${i}`, { version: i, text: note.lines.join("\n"), at: Date.now() }); // ADD
}

const [before, after, final] = process.argv.slice(2);
for (let i = 0; i < 100; i++) save(i);
// The first snapshot in a process loads the snapshot code itself: not the program's growth.
writeHeapSnapshot(`${before}.warm-up`);
rmSync(`${before}.warm-up`);
writeHeapSnapshot(before);
for (let i = 100; i < 200; i++) save(i);
writeHeapSnapshot(after);
writeHeapSnapshot(final);
