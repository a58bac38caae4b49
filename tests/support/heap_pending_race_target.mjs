/**
 * Two heap snapshots (paths in its arguments) around 40 rounds of a render service: each
 * render races its job against `stopping`, a shutdown promise that settles only on SIGTERM, so
 * every race leaves a reaction on it that keeps the race's promise and the result it settled
 * with (one reaction a round, several promises behind each).
 */

import { writeHeapSnapshot } from "node:v8";
import { rmSync } from "node:fs";

let stop;
const stopping = new Promise((resolve) => (stop = resolve));
process.once("SIGTERM", () => stop("stopping"));

async function renderJob(i) {
  await null;
  return { id: `page-${i}`, html: `<main>${"x".repeat(200)}${i}</main>`, at: i };
}

async function render(i) {
  const result = await Promise.race([renderJob(i), stopping]); // RACE
  return result === "stopping" ? null : result.id;
}

async function rounds(from, count) {
  for (let i = from; i < from + count; i++) await render(i);
}

const [before, after] = process.argv.slice(2);
await rounds(0, 5);
rmSync(before, { force: true });
writeHeapSnapshot(before);
await rounds(5, 40);
rmSync(after, { force: true });
writeHeapSnapshot(after);
process.exit(0);
