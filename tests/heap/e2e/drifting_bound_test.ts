/**
 * A cache bounded by a running total that its add and its eviction move by different measures
 * (`text.length` in, the encoded size out): it evicts every draft of the first run by the end,
 * and still keeps a few more each run. No entry of the first run is alive at the end, so only
 * the counts of the three snapshots show it: the suspect is the cache, at its `set`, with the
 * eviction as its removal and the two measures in its fix. Counted both ways alike, the same
 * cache has no suspect.
 */

import { compareProgramSnapshots } from "../../support/program_snapshots.ts";
import { assert, assertEquals } from "../../support/assert.ts";

const SCRIPT = new URL("../../support/heap_drift_target.mjs", import.meta.url).pathname;

Deno.test("drifting bound: the cache that turns over everything and grows, with both measures", async () => {
  const { report, lineOf } = await compareProgramSnapshots(SCRIPT, 200, [], true);
  const first = report.suspects[0];
  assertEquals(first?.name, "drafts.#entries");
  assertEquals(first?.kind, "map");
  assertEquals(first?.drifts, true);
  assert(first.entriesAfter > first.entriesBefore, JSON.stringify(first));
  assert((first.entriesFinal ?? 0) > first.entriesAfter, JSON.stringify(first));
  assertEquals(first.added, first.entriesAfter - first.entriesBefore);
  assert(first.bytes > 0);
  assertEquals(first.statement?.location.line, lineOf("ADD"));
  assertEquals(first.removals?.[0]?.location.line, lineOf("REMOVE"));
  assert(first.fix?.startsWith("this.#bytes goes up by draft.text.length"), first.fix);
  assertEquals(report.suspects.length, 1);
});

Deno.test("drifting bound: counted in and out alike, the cache stays at its bound", async () => {
  const { report } = await compareProgramSnapshots(SCRIPT, 200, ["fixed"], true);
  assertEquals(report.suspects.map((s) => s.name), []);
});
