/**
 * Two heap snapshots (paths in its arguments) around 200 long polls of a sensor board: each
 * poll waits for the sensor word to change with `Atomics.waitAsync`, raced against a short
 * timer, and nothing ever writes the word. The race ends with the timer, but V8 keeps every
 * waiter, and what its promise's callbacks reach, until a notify that never comes.
 */

import { writeHeapSnapshot } from "node:v8";
import { rmSync } from "node:fs";

const words = new Int32Array(new SharedArrayBuffer(16));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function changedSince(index, since, ms) {
  const { async, value } = Atomics.waitAsync(words, index, since); // WAIT
  if (!async) return true;
  return (await Promise.race([value, sleep(ms).then(() => "timed-out")])) !== "timed-out";
}

const answered = [];
async function poll(i) {
  const request = { id: `poll-${i}`, path: "/sensors/dome/changes", body: "z".repeat(150) };
  const changed = await changedSince(0, 0, 1);
  if (changed) answered.push(request.id);
}

const [before, after] = process.argv.slice(2);
for (const f of [before, after]) rmSync(f, { force: true });
for (let i = 0; i < 30; i++) await poll(i);
writeHeapSnapshot(before);
for (let i = 30; i < 230; i++) await poll(i);
writeHeapSnapshot(after);
