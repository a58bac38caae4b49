/**
 * A cap whose bound is undefined in the running program: the removal's `length > this.#max`
 * is never true. On snapshots a Node program writes itself, the fix reads the bound's live
 * value off the log object and quotes where it is set.
 */

import { compareProgramSnapshots } from "../../support/program_snapshots.ts";
import { assertEquals, assertMatch } from "../../support/assert.ts";

const SCRIPT = new URL("../../support/heap_unset_bound_target.mjs", import.meta.url).pathname;

Deno.test("unset bound: the cap compares with a setting that is undefined in the heap", async () => {
  const { report, lineOf } = await compareProgramSnapshots(SCRIPT, 60);
  const log = report.suspects[0];
  assertEquals(log?.name, "audit.#items", report.suspects.map((s) => s.name).join(", "));
  assertEquals(log.statement?.location.line, lineOf("ADD"));
  assertEquals(log.removals?.[0]?.location.line, lineOf("CAP"));
  assertMatch(
    log.fix ?? "",
    new RegExp(
      String.raw`^this\.#max is undefined in the running program \(it is set at \S+:${
        lineOf("MAX-SET")
      }: this\.#max = max;.*\): .*compares with undefined`,
    ),
  );
});
