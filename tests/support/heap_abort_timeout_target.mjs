/**
 * Node's twin of heap_abort_timeout_target.ts: writes two heap snapshots of itself (paths in
 * its arguments) around 20 jobs, each given a deadline by `AbortSignal.timeout()` with an
 * 'abort' listener that keeps the job. Node keeps a timeout signal that has listeners until its
 * timer fires, and registers every timer in a FinalizationRegistry.
 */

import { writeHeapSnapshot } from "node:v8";
import { rmSync } from "node:fs";

const JOB_DEADLINE_MS = 15 * 60_000;
const LISTEN = true;

class ExportJob {
  status = "running";
  rows = Array.from({ length: 20 }, (_, i) => `row ${i}`);
}

function runJob() {
  const job = new ExportJob();
  const deadline = AbortSignal.timeout(JOB_DEADLINE_MS); // DEADLINE
  if (LISTEN) {
    deadline.addEventListener("abort", () => {
      if (job.status === "running") job.status = "timed-out";
    });
  }
  job.status = "done";
  return job;
}

const [before, after] = process.argv.slice(2);
for (let i = 0; i < 10; i++) runJob();
// The first snapshot in a process loads the snapshot code itself: not the program's growth.
writeHeapSnapshot(`${before}.warm-up`);
rmSync(`${before}.warm-up`);
writeHeapSnapshot(before);
for (let i = 0; i < 20; i++) runJob();
writeHeapSnapshot(after);
process.exit(0);
