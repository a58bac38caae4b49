/**
 * Reactions on a promise that never settles: each race against a shutdown promise adds one
 * reaction to it, which keeps the race's promise and the result it settled with. On snapshots
 * a Node program writes itself, the suspect counts one addition a round (the reactions), not
 * every promise each of them keeps.
 */

import { compareProgramSnapshots } from "../../support/program_snapshots.ts";
import { assertEquals } from "../../support/assert.ts";

const SCRIPT = new URL("../../support/heap_pending_race_target.mjs", import.meta.url).pathname;

Deno.test("pending race: one reaction a round on the promise that never settles", async () => {
  const { report, lineOf } = await compareProgramSnapshots(SCRIPT, 40);
  const first = report.suspects[0];
  assertEquals(first?.name, "stopping", report.suspects.map((s) => s.name).join(", "));
  assertEquals(first.kind, "promise reactions");
  assertEquals(first.added, 40);
  assertEquals(first.addedPerCycle, 1);
  assertEquals(first.statement?.location.line, lineOf("RACE"));
});
