/**
 * A window pruned on every add ages out only what its condition can compare: on snapshots a
 * Node program writes itself, a window whose prune compares the oldest record itself with the
 * cutoff (an object: never true) is a suspect, its prune the removal and the fix naming the
 * record's time field; the window that compares that field is left out as a window.
 */

import { compareProgramSnapshots } from "../../support/program_snapshots.ts";
import { assertEquals, assertMatch } from "../../support/assert.ts";

const SCRIPT = new URL("../../support/heap_window_target.mjs", import.meta.url).pathname;

Deno.test("object window: a prune comparing the record itself with a time is a removal that misses", async () => {
  const { report, lineOf } = await compareProgramSnapshots(SCRIPT, 60);
  assertEquals(report.suspects.map((s) => s.name), ["retries → record() → calls"]);
  const [calls] = report.suspects;
  assertEquals(calls.statement?.location.line, lineOf("CALL-ADD"));
  assertEquals(calls.removals?.[0]?.location.line, lineOf("STALE-REMOVE"));
  assertMatch(calls.fix ?? "", /compares the oldest entry itself.*\(its \.at\)/);
  assertMatch(report.notes.join("\n"), /hourly → record\(\) → uses/);
});
