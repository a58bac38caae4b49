/**
 * Listeners an emitter adds to itself in its own prototype methods (`this.on("reply", onReply)`):
 * the program never writes `link.on(…)`, so the add and the removal are the calls with the
 * listeners' own function for their event.
 */

import { compareProgramSnapshots } from "../../support/program_snapshots.ts";
import { assertEquals } from "../../support/assert.ts";

const SCRIPT = new URL("../../support/heap_self_listeners_target.mjs", import.meta.url).pathname;

Deno.test("self listeners: added and removed where the emitter's own methods pass that function", async () => {
  const { report, lineOf } = await compareProgramSnapshots(SCRIPT, 300);
  assertEquals(report.suspects.length, 1);
  const listeners = report.suspects[0];
  assertEquals(listeners.name, "link 'reply' listeners");
  assertEquals(listeners.statement?.location.line, lineOf("ADD"));
  assertEquals(listeners.removals?.[0]?.location.line, lineOf("REMOVE"));
});
