/**
 * The compare's schedule: two snapshots at once unless that would need more than half the
 * free memory, judged from the counts in each file's header; explicit choices win.
 */

import { planSchedule, predictedAnalysisBytes, readSnapshotCounts } from "../../heap/run/plan.ts";
import { assert, assertEquals } from "../support/assert.ts";
import { snapshotText } from "./support/snapshot_fixtures.ts";

const dir = await Deno.makeTempDir({ prefix: "heap_plan_test_" });
globalThis.addEventListener("unload", () => Deno.removeSync(dir, { recursive: true }));

async function fileWith(name: string, text: string): Promise<string> {
  const path = `${dir}/${name}`;
  await Deno.writeTextFile(path, text);
  return path;
}

Deno.test("reads node and edge counts from the header, undefined for what is not a snapshot", async () => {
  const good = await fileWith("a.heapsnapshot", snapshotText());
  const counts = await readSnapshotCounts(good);
  assert(counts !== undefined, "counts of a snapshot");
  assertEquals(counts.nodeCount, 3);
  assertEquals(counts.edgeCount, 3);
  assertEquals(await readSnapshotCounts(await fileWith("b.json", '{"name":"x"}')), undefined);
  assertEquals(await readSnapshotCounts(`${dir}/missing.heapsnapshot`), undefined);
});

Deno.test("parallel while two predicted peaks fit in half the free memory, else one at a time", async () => {
  const a = await fileWith("before.heapsnapshot", snapshotText());
  const b = await fileWith("after.heapsnapshot", snapshotText());
  const one = predictedAnalysisBytes(3, 3);
  const plenty = await planSchedule([a, b], "auto", 1 << 30);
  assertEquals(plenty.concurrency, 2, plenty.reason);
  const tight = await planSchedule([a, b], "auto", (80 << 20) + one);
  assertEquals(tight.concurrency, 1, tight.reason);
  assert(tight.reason.includes("MB free"), tight.reason);
  assertEquals((await planSchedule([a, b], "auto", undefined)).concurrency, 2);
  assertEquals((await planSchedule([a, b], "sequential", 1 << 30)).concurrency, 1);
  assertEquals((await planSchedule([a, b], "parallel", 1)).concurrency, 2);
  assertEquals((await planSchedule([a], "parallel", 1 << 30)).concurrency, 1);
});

Deno.test("as many workers as files, cores and half the free memory allow", async () => {
  const files = await Promise.all(
    ["before", "after", "final"].map((n) => fileWith(`${n}.heapsnapshot`, snapshotText())),
  );
  const one = predictedAnalysisBytes(3, 3);
  assertEquals((await planSchedule(files, "auto", 1 << 30, 4)).concurrency, 3);
  assertEquals((await planSchedule(files, "auto", 1 << 30, 2)).concurrency, 2, "two cores");
  assertEquals((await planSchedule(files, "auto", 1 << 30, 1)).concurrency, 1, "one core");
  // Room for two of the three predicted peaks (under half the free memory), not three.
  const room = 2 * ((80 << 20) + 2 * one) + 1;
  assertEquals((await planSchedule(files, "auto", room, 4)).concurrency, 2);
  assertEquals((await planSchedule(files, "parallel", 1, 8)).concurrency, 3);
});
