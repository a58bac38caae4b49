/**
 * What every kept entry has in common: on snapshots a Node program writes itself, the jobs
 * left in a map are all cancelled and retrying, and the suspect says so; their ids, texts and
 * numbers differ and are not listed.
 */

import { formatCompareText } from "../../../heap/mod.ts";
import { compareProgramSnapshots } from "../../support/program_snapshots.ts";
import { assertEquals, assertMatch } from "../../support/assert.ts";

const SCRIPT = new URL("../../support/heap_shared_state_target.mjs", import.meta.url).pathname;

Deno.test("shared values: the state every kept entry was left in", async () => {
  const { report } = await compareProgramSnapshots(SCRIPT, 40);
  const jobs = report.suspects[0];
  assertEquals(jobs?.name, "jobs", report.suspects.map((s) => s.name).join(", "));
  assertEquals(jobs.sharedValues, [["cancelled", "true"], ["status", '"retrying"']]);
  assertMatch(
    formatCompareText(report),
    /\n {3}all new ones: cancelled: true, status: "retrying"\n/,
  );
});
