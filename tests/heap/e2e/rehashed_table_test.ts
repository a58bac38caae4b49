/**
 * A hand-written hash map's table, rehashed between the after and the final snapshot (the work
 * ran again, as investigate_leak and the three-snapshot technique do): the table the after
 * snapshot holds is gone by the end and its buckets with it, the entries kept in new ones. The
 * suspect is still the table, counted by the entries its buckets held that stayed, at the
 * bucket's push — not a value rebuilt by the rehash's assignment.
 */

import { compareProgramSnapshots } from "../../support/program_snapshots.ts";
import { assertEquals } from "../../support/assert.ts";

const SCRIPT = new URL("../../support/heap_rehash_target.mjs", import.meta.url).pathname;

Deno.test("rehashed table: the buckets' kept entries, at their push", async () => {
  const { report, lineOf } = await compareProgramSnapshots(SCRIPT, 200, [], true);
  const first = report.suspects[0];
  assertEquals(first?.name, "sessions.table");
  assertEquals(first?.kind, "array");
  assertEquals(first?.added, 200);
  assertEquals(first?.statement?.location.line, lineOf("ADD"));
});
