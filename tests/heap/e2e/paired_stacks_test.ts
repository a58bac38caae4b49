/**
 * Two collections of one object that pass entries between them are one structure: queues on
 * two stacks. On snapshots a Node program writes itself, a log whose drop takes only off the
 * outbox (which only a read refills) is a suspect named by its inbox, counted with its outbox,
 * with the drop as its removal and a fix that says entries leave the inbox only by the move;
 * a feed whose two stacks together stay at their cap is none, though its inbox alone grew.
 */

import { formatCompareText } from "../../../heap/mod.ts";
import { compareProgramSnapshots } from "../../support/program_snapshots.ts";
import { assert, assertEquals, assertMatch } from "../../support/assert.ts";

const SCRIPT = new URL("../../support/heap_paired_stacks_target.mjs", import.meta.url).pathname;

Deno.test("paired stacks: a two-stack queue judged by both stacks, its drop off the other stack the removal", async () => {
  const { report, lineOf } = await compareProgramSnapshots(SCRIPT, 60);
  assertEquals(report.suspects.map((s) => s.name), ["pressLog.#inbox"]);
  const log = report.suspects[0];
  assertEquals(log.addedPerCycle, 1);
  assertEquals(log.statement?.location.line, lineOf("LOG-ADD"));
  assertEquals(log.removals?.[0]?.location.line, lineOf("LOG-REMOVE"));
  assertMatch(log.reason, /counted with #outbox: entries move between the two/);
  assertMatch(
    log.fix ?? "",
    new RegExp(`#inbox only by moving to #outbox \\(line ${lineOf("LOG-MOVE")}[,)]`),
  );
  // The lone suspect's classes are its own lines': the text does not count them as groups
  // left out (every group fits in the table).
  const text = formatCompareText(report);
  assert(report.groups.length <= 10, `${report.groups.length} groups`);
  assert(!/groups not shown/.test(text), text);
});
