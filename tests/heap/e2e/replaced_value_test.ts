/**
 * A value replaced by a fresh collection is not one that grows: on snapshots a Node program
 * writes itself, each save puts a new ten-line array under the note's `lines` (the note keeps
 * its properties) and a version into a history that nothing prunes. Only the history is a
 * suspect; the replaced array is neither a suspect nor "stayed the same size".
 */

import { formatCompareText } from "../../../heap/mod.ts";
import { compareProgramSnapshots } from "../../support/program_snapshots.ts";
import { assertEquals } from "../../support/assert.ts";

const SCRIPT = new URL("../../support/heap_replaced_value_target.mjs", import.meta.url).pathname;

Deno.test("replaced value: a fresh collection under an old object's property is not growth", async () => {
  const { report, lineOf } = await compareProgramSnapshots(SCRIPT, 100, [], true);
  assertEquals(report.suspects.map((s) => s.name), ["history"]);
  assertEquals(report.suspects[0].statement?.location.line, lineOf("ADD"));
  assertEquals(/\.lines \(Array/.test(formatCompareText(report)), false);
});
