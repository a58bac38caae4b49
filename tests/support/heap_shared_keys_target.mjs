/**
 * Two heap snapshots (paths in its arguments) around 40 rounds of a notification fan-out: each
 * round a reader who stays gets a batch, delivered and taken out, and one who leaves gets a
 * batch that the delivery skips because its reader is closed. The map left holds readers (its
 * keys, all closed) and their batches (arrays): what they share is on the keys.
 */

import { writeHeapSnapshot } from "node:v8";
import { rmSync } from "node:fs";

const pending = new Map();

function publish(reader, note) {
  let batch = pending.get(reader);
  if (!batch) pending.set(reader, batch = []);
  batch.push(note);
}

function deliver() {
  for (const [reader, batch] of pending) {
    if (reader.closed) continue;
    reader.inbox.push(...batch);
    pending.delete(reader);
  }
}

function round(i) {
  const staying = { name: `reader-${i}a`, closed: false, inbox: [] };
  const leaving = { name: `reader-${i}b`, closed: false, inbox: [] };
  publish(staying, { seq: i, text: `note ${i} for ${staying.name}` });
  publish(leaving, { seq: i, text: `note ${i} for ${leaving.name}` });
  leaving.closed = true;
  deliver();
}

const [before, after] = process.argv.slice(2);
for (let i = 0; i < 40; i++) round(i);
// The first snapshot in a process loads the snapshot code itself: not the program's growth.
writeHeapSnapshot(`${before}.warm-up`);
rmSync(`${before}.warm-up`);
writeHeapSnapshot(before);
for (let i = 40; i < 80; i++) round(i);
writeHeapSnapshot(after);
