/**
 * Two heap snapshots (paths in its arguments) around 40 rounds of a reminder queue: each round
 * books two jobs, one the carrier accepts (finished and taken out) and one it turns away,
 * which is cancelled while it waits to retry and stays. Every job left is cancelled and
 * retrying; their texts, ids and times differ.
 */

import { writeHeapSnapshot } from "node:v8";
import { rmSync } from "node:fs";

const jobs = new Map();

function book(i, accepted) {
  const job = {
    id: `APT-${i}${accepted ? "a" : "b"}`,
    text: `Hi, a reminder for slot ${i} at ${(i * 7) % 60} past`,
    cancelled: false,
    status: "queued",
    attempts: 1,
  };
  jobs.set(job.id, job);
  if (accepted) {
    job.status = "sent";
    jobs.delete(job.id);
    return;
  }
  job.status = "retrying";
  job.cancelled = true; // the appointment is cancelled while it waits
}

function round(i) {
  book(i, true);
  book(i, false);
}

const [before, after] = process.argv.slice(2);
for (let i = 0; i < 40; i++) round(i);
// The first snapshot in a process loads the snapshot code itself: not the program's growth.
writeHeapSnapshot(`${before}.warm-up`);
rmSync(`${before}.warm-up`);
writeHeapSnapshot(before);
for (let i = 40; i < 80; i++) round(i);
writeHeapSnapshot(after);
