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

const KEYS_SCRIPT = new URL("../../support/heap_shared_keys_target.mjs", import.meta.url).pathname;

Deno.test("shared values: what a map's kept keys share, beside values that share nothing", async () => {
  const { report } = await compareProgramSnapshots(KEYS_SCRIPT, 40);
  const pending = report.suspects[0];
  assertEquals(pending?.name, "pending", report.suspects.map((s) => s.name).join(", "));
  assertEquals(pending.sharedValues?.[0], ["closed", "true"]);
  // The delivery's skip is what leaves them, and nothing opens a reader again.
  assertMatch(pending.fix, /skipped for every entry with closed: true .*skipped for good/);
});
