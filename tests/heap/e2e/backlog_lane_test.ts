/**
 * A queue's lane worked off from the front while its backlog grows (more work ran before the
 * final snapshot, as investigate_leak and the three-snapshot technique do): the oldest of its
 * new entries are gone by the end and the newest wait. It is not part of the never-visited
 * lane's leak, which is named alone, by its own figures.
 */

import { compareProgramSnapshots } from "../../support/program_snapshots.ts";
import { assertEquals } from "../../support/assert.ts";

const SCRIPT = new URL("../../support/heap_backlog_lane_target.mjs", import.meta.url).pathname;

Deno.test("backlog lane: a lane worked off from the front is not the leak", async () => {
  const { report, lineOf } = await compareProgramSnapshots(SCRIPT, 200, [], true);
  const first = report.suspects[0];
  assertEquals(first?.name, 'lanes.get("background")');
  assertEquals(first?.added, 200);
  assertEquals(first?.statement?.location.line, lineOf("ADD"));
});
