/**
 * WeakRefs and FinalizationRegistry registrations whose targets another suspect keeps alive
 * grow with it: shown inside it, their bytes counted there (`accumulation.ts`'s weak targets).
 */

import { compareProgramSnapshots } from "../../support/program_snapshots.ts";
import { assertEquals, assertMatch } from "../../support/assert.ts";

const SCRIPT = new URL("../../support/heap_weak_waiters_target.mjs", import.meta.url).pathname;

Deno.test("weak references waiting on what another suspect keeps are inside it", async () => {
  const { report, lineOf } = await compareProgramSnapshots(SCRIPT, 200);
  const [first, ...rest] = report.suspects;
  assertEquals(first.name, "byDigest", JSON.stringify(report.suspects.map((s) => s.name)));
  assertEquals(first.statement?.location.line, lineOf("INDEX"));
  const waiting = rest.filter((s) => s.name === "badges" || s.name === "dropped");
  assertEquals(waiting.length, 2, JSON.stringify(rest.map((s) => [s.name, s.insideOf])));
  for (const s of waiting) {
    assertEquals(s.insideOf, 1, s.name);
    assertMatch(s.reason, /wait for objects #1 keeps alive/);
  }
});
