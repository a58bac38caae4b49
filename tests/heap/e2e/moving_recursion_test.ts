/**
 * An async function that returns a call of itself, seen as the three-snapshot technique sees
 * it (the work runs again before the final snapshot): the call the recursion had reached at
 * "after" has settled by then, so its frame is not among what stays, only on the way to it.
 * The chain is still the recursion's, at its self call.
 */

import { compareProgramSnapshots } from "../../support/program_snapshots.ts";
import { assertEquals } from "../../support/assert.ts";

const SCRIPT = new URL("../../support/heap_moving_recursion_target.mjs", import.meta.url)
  .pathname;

Deno.test("moving recursion: a chain whose newest call settled since is the recursion's", async () => {
  const { report, lineOf } = await compareProgramSnapshots(SCRIPT, 200, [], true);
  const first = report.suspects[0];
  assertEquals(first?.name, "work() promise chain");
  assertEquals(first?.kind, "promise reactions");
  assertEquals(first?.statement?.location.line, lineOf("ADD"));
});
