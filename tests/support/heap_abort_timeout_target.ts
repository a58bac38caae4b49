/**
 * Writes two heap snapshots of itself (paths in its arguments) around 20 jobs, each given a
 * deadline by `AbortSignal.timeout()` with an 'abort' listener that keeps the job: the
 * runtime's timer holds every signal until it fires, long after the last snapshot.
 */

import { writeHeapSnapshot } from "node:v8";

const JOB_DEADLINE_MS = 15 * 60_000;

class ExportJob {
  status = "running";
  rows = Array.from({ length: 20 }, (_, i) => `row ${i}`);
}

function runJob(): ExportJob {
  const job = new ExportJob();
  const deadline = AbortSignal.timeout(JOB_DEADLINE_MS); // DEADLINE
  deadline.addEventListener("abort", () => {
    if (job.status === "running") job.status = "timed-out";
  });
  job.status = "done";
  return job;
}

const [before, after] = Deno.args;
for (let i = 0; i < 10; i++) runJob();
// The first snapshot in a process loads the snapshot code itself: not the program's growth.
writeHeapSnapshot(`${before}.warm-up`);
await Deno.remove(`${before}.warm-up`);
writeHeapSnapshot(before);
for (let i = 0; i < 20; i++) runJob();
writeHeapSnapshot(after);
Deno.exit(0);
