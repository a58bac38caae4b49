/**
 * Reactions on a promise that does not settle, made by a then() whose callback also reaches a
 * bounded cache: the then() is where they are added (not the cache's set, found by what the
 * reactions keep), and the cache's eviction is no removal of theirs.
 */

import { compareProgramSnapshots } from "../../support/program_snapshots.ts";
import { assertEquals, assertMatch } from "../../support/assert.ts";

const SCRIPT = new URL("../../support/heap_pending_then_target.mjs", import.meta.url).pathname;

Deno.test("promise reactions: added at the then() that makes them, not at a collection they reach", async () => {
  const { report, lineOf } = await compareProgramSnapshots(SCRIPT, 300);
  assertEquals(report.suspects.length, 1);
  const reactions = report.suspects[0];
  assertEquals(reactions.kind, "promise reactions");
  assertEquals(reactions.statement?.location.line, lineOf("THEN-ADD"));
  assertEquals(reactions.removals ?? [], []);
  assertMatch(reactions.fix ?? "", /settle the promise/);
});
