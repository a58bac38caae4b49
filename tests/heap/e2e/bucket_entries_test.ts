/**
 * A chained hash table (an array of arrays grown by push) counts the entries in its buckets,
 * as the program adds them, not the buckets a rehash remade; a list of `[at, value]` pairs
 * still counts its pairs (`bucket_entries.ts`).
 */

import { compareProgramSnapshots } from "../../support/program_snapshots.ts";
import { assertEquals } from "../../support/assert.ts";

const SCRIPT = new URL("../../support/heap_bucket_table_target.mjs", import.meta.url).pathname;

Deno.test("a hash table's buckets: the entries inside them are counted, added by the push", async () => {
  const { report, lineOf } = await compareProgramSnapshots(SCRIPT, 200, ["buckets"]);
  const top = report.suspects[0];
  assertEquals(top?.added, 600, JSON.stringify(report.suspects.map((s) => [s.name, s.added])));
  assertEquals(top.entriesAfter, 690);
  assertEquals(top.entry?.name, "{key, session}");
  assertEquals(top.statement?.location.line, lineOf("BUCKET ADD"));
});

Deno.test("a list of pairs is no table of buckets: the pairs are counted", async () => {
  const { report, lineOf } = await compareProgramSnapshots(SCRIPT, 200, ["pairs"]);
  const top = report.suspects[0];
  assertEquals(top?.added, 600, JSON.stringify(report.suspects.map((s) => [s.name, s.added])));
  assertEquals(top.statement?.location.line, lineOf("PAIR ADD"));
});
