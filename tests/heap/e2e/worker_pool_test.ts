/**
 * Warm analysis workers (`heap/run/worker_pool.ts`), as the MCP server uses them: a second
 * analysis takes the parked worker and gives the same answer; an idle worker ends after its
 * timeout; a failed job's worker, a big file's, and everything after `stopWarmWorkers` are
 * not kept. On snapshots captured from the engine's Deno target.
 */

import { compareSnapshotFiles, summarizeSnapshotFile } from "../../../heap/mod.ts";
import {
  keepWorkersWarm,
  parkedWorkers,
  stopWarmWorkers,
  workerPoolStats,
} from "../../../heap/run/worker_pool.ts";
import { assert, assertEquals } from "../../support/assert.ts";
import { captureEngineSnapshots } from "../../support/heap_capture.ts";

/** A report without its timings (they differ from run to run). */
function untimed<T extends { timings?: unknown }>(report: T): string {
  return JSON.stringify({ ...report, timings: undefined });
}

Deno.test({
  name: "warm workers: reused between analyses with the same results, then ended",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const dir = await Deno.makeTempDir({ prefix: "heap-worker-pool-" });
    try {
      const snaps = await captureEngineSnapshots("deno", dir, 20);
      const cold = await compareSnapshotFiles({ before: snaps.before, after: snaps.after });
      assertEquals(parkedWorkers(), 0, "off by default: nothing parked");

      keepWorkersWarm({ idleMs: 60_000 });
      const first = await compareSnapshotFiles({ before: snaps.before, after: snaps.after });
      assertEquals(parkedWorkers(), 2, "both workers of a compare parked");
      const reusedBefore = workerPoolStats.reused;
      const second = await compareSnapshotFiles({ before: snaps.before, after: snaps.after });
      assertEquals(workerPoolStats.reused - reusedBefore, 2, "the second compare took both");
      assertEquals(untimed(second), untimed(first), "warm workers answer the same");
      assertEquals(untimed(first), untimed(cold));
      const summary = await summarizeSnapshotFile(snaps.after);
      assert(summary.nodeCount > 0 && parkedWorkers() >= 1);

      // A file that is not a snapshot: the job fails and its worker is not kept.
      const bad = `${dir}/bad.heapsnapshot`;
      await Deno.writeTextFile(bad, '{"snapshot":{"meta":');
      const parked = parkedWorkers();
      let failed = false;
      await summarizeSnapshotFile(bad).catch(() => failed = true);
      assert(failed, "the truncated file fails");
      assertEquals(parkedWorkers(), parked - 1, "the failed job's worker was terminated");

      // Files above the size limit: not kept.
      stopWarmWorkers();
      keepWorkersWarm({ maxFileBytes: 1024 });
      await summarizeSnapshotFile(snaps.after);
      assertEquals(parkedWorkers(), 0, "a bigger file's worker is not parked");

      // An idle worker ends after its timeout.
      keepWorkersWarm({ idleMs: 100 });
      await summarizeSnapshotFile(snaps.after);
      assertEquals(parkedWorkers(), 1);
      await new Promise((resolve) => setTimeout(resolve, 400));
      assertEquals(parkedWorkers(), 0, "ended after 100 ms idle");

      keepWorkersWarm();
      await summarizeSnapshotFile(snaps.after);
      stopWarmWorkers();
      assertEquals(parkedWorkers(), 0, "stopWarmWorkers ends the parked ones");
      await summarizeSnapshotFile(snaps.after);
      assertEquals(parkedWorkers(), 0, "and parks no more");
    } finally {
      stopWarmWorkers();
      await Deno.remove(dir, { recursive: true });
    }
  },
});
