/**
 * Three heap snapshots (paths in its arguments) around a job queue with priority lanes: each
 * cycle queues two "normal" jobs and one "background" job, and the worker takes one job from
 * the front of the first lane that has any, in priority order, never visiting "background".
 * The normal lane's backlog grows while it is worked off from the front (more work runs between
 * the after and the final snapshot, so the oldest of its new jobs are done by the end and the
 * newest still wait); the background lane keeps every job.
 */

import { writeHeapSnapshot } from "node:v8";
import { rmSync } from "node:fs";

const ORDER = ["urgent", "normal"];
const lanes = new Map(ORDER.map((p) => [p, []]));
let done = 0;

function enqueue(job) {
  if (!lanes.has(job.priority)) lanes.set(job.priority, []);
  lanes.get(job.priority).push(job); // ADD
}

function work() {
  for (const p of ORDER) {
    const lane = lanes.get(p);
    if (lane.length) {
      lane.shift();
      done++;
      return;
    }
  }
}

function cycle(i) {
  enqueue({ id: `n-${i}-a`, priority: "normal", payload: `thumbnail ${i}a` });
  enqueue({ id: `n-${i}-b`, priority: "normal", payload: `thumbnail ${i}b` });
  enqueue({ id: `b-${i}`, priority: "background", payload: `regenerate ${i}` });
  work();
}

const [before, after, final] = process.argv.slice(2);
for (let i = 0; i < 100; i++) cycle(i);
// The first snapshot in a process loads the snapshot code itself: not the program's growth.
writeHeapSnapshot(`${before}.warm-up`);
rmSync(`${before}.warm-up`);
writeHeapSnapshot(before);
for (let i = 100; i < 300; i++) cycle(i);
writeHeapSnapshot(after);
for (let i = 300; i < 500; i++) cycle(i);
writeHeapSnapshot(final);
