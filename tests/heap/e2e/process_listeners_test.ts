/**
 * Listeners a Node program adds to `process`: the program reaches `process` through the
 * global's getter, so the listener list is the program's, named by the global, and not hidden
 * as the runtime's own.
 */

import { compareProgramSnapshots } from "../../support/program_snapshots.ts";
import { assertEquals } from "../../support/assert.ts";

const SCRIPT = new URL("../../support/heap_process_listeners_target.mjs", import.meta.url)
  .pathname;

Deno.test("process listeners: named through the global's getter, added at the program's on()", async () => {
  const { report, lineOf } = await compareProgramSnapshots(SCRIPT, 300);
  assertEquals(report.suspects.length, 1);
  const listeners = report.suspects[0];
  assertEquals(listeners.name, "process 'SIGHUP' listeners");
  assertEquals(listeners.kind, "listeners");
  assertEquals(listeners.statement?.location.line, lineOf("ADD"));
});
