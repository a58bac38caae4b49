/**
 * Linked structures that take each new node in where it belongs (a sorted list through
 * `next`, a skip list through arrays of links) grow at many of their links at once, none of
 * which grows alone: on snapshots a Node program writes itself, each structure is one suspect
 * named where it starts, with the link write that takes nodes in and the unlink that misses;
 * a sorted list kept under a cap is none.
 */

import { compareProgramSnapshots } from "../../support/program_snapshots.ts";
import { assert, assertEquals, assertMatch } from "../../support/assert.ts";

const SCRIPT = new URL("../../support/heap_spliced_list_target.mjs", import.meta.url).pathname;

Deno.test("spliced structures: a sorted list and a skip list are suspects named where they start; a capped list is none", async () => {
  const { report, lineOf } = await compareProgramSnapshots(SCRIPT, 40);
  assertEquals(report.suspects.map((s) => s.name), ["ratings.#head", "alerts.head"]);
  const [ratings, alerts] = report.suspects;
  for (const [s, mark] of [[ratings, "RATING"], [alerts, "ALERT"]] as const) {
    assertEquals(s.kind, "linked list");
    assertEquals(s.insideOf, undefined);
    assertEquals(s.statement?.location.line, lineOf(`${mark}-ADD`), s.name);
    assertEquals(s.removals?.[0]?.location.line, lineOf(`${mark}-REMOVE`), s.name);
    assertMatch(s.reason, /linked into it where each belongs \(through \d+ of its links\)/);
  }
  assert(ratings.added >= 80, `ratings: ${ratings.added} new nodes`);
  assert(alerts.added >= 5, `alerts: ${alerts.added} new nodes`);
  assertMatch(ratings.fix ?? "", /line \d+ returns/);
});
