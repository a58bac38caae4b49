/**
 * A value rebuilt with the one before as its prototype (`Object.create(previous)`), by edits of
 * two shapes: counted one level per edit along the prototype chain, whatever each level sets,
 * with a fix that names the chain.
 */

import { compareProgramSnapshots } from "../../support/program_snapshots.ts";
import { assertEquals, assertMatch } from "../../support/assert.ts";

const SCRIPT = new URL("../../support/heap_proto_chain_target.mjs", import.meta.url).pathname;

Deno.test("prototype chains: every revision counted, of either shape", async () => {
  const { report, lineOf } = await compareProgramSnapshots(SCRIPT, 300);
  assertEquals(report.suspects.length, 1);
  const prefs = report.suspects[0];
  assertEquals(prefs.kind, "growing value");
  assertEquals(prefs.added, 600);
  assertEquals(prefs.statement?.location.line, lineOf("PREFS-SET"));
  assertMatch(prefs.fix ?? "", /made with the one before as its prototype/);
});
