/**
 * 'abort' listeners added to a signal that was aborted already never run, so `{ once: true }`
 * never takes them off: the engine reads the signal's state in the snapshot (Node's `kAborted`,
 * Deno's `[[abortReason]]`) and says so in the fix.
 */

import { compareProgramSnapshots } from "../../support/program_snapshots.ts";
import { assertEquals, assertMatch } from "../../support/assert.ts";

const SCRIPT = new URL("../../support/heap_aborted_signal_target.mjs", import.meta.url).pathname;

Deno.test("listeners added to an aborted signal: the fix says it fired before", async () => {
  const { report, lineOf } = await compareProgramSnapshots(SCRIPT, 200);
  assertEquals(report.suspects.length, 1, JSON.stringify(report.suspects.map((s) => s.name)));
  const listeners = report.suspects[0];
  assertEquals(listeners.kind, "listeners");
  assertEquals(listeners.added, 200);
  assertEquals(listeners.statement?.location.line, lineOf("LISTEN"));
  assertMatch(
    listeners.fix ?? "",
    /^the signal was aborted already when these listeners were added/,
  );
});
