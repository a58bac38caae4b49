/**
 * Former entries still linked: a hand-made LRU whose eviction moves the tail back without
 * clearing the new tail's `next` keeps every evicted node chained from the tail, while the
 * LRU's Map stays bounded. On snapshots a Node program writes itself, the chain is a suspect
 * named by the tail, with the link made where each node is made and the move that leaves it;
 * the same LRU clearing the link is none. A list pushed to and trimmed by a filtering copy that
 * keeps everything has that copy as its removal.
 */

import { compareProgramSnapshots } from "../../support/program_snapshots.ts";
import { assertEquals, assertMatch } from "../../support/assert.ts";

const SCRIPT = new URL("../../support/heap_left_linked_target.mjs", import.meta.url).pathname;

Deno.test("left linked: an LRU's evicted nodes chained from its tail; a filter that keeps all is the list's removal", async () => {
  const { report, lineOf } = await compareProgramSnapshots(SCRIPT, 60);
  const byName = new Map(report.suspects.map((s) => [s.name, s]));
  assertEquals([...byName.keys()].sort(), ["views.tail", "watchers.#list"]);

  const views = byName.get("views.tail")!;
  assertEquals(views.kind, "linked list");
  assertEquals(views.addedPerCycle, 1);
  assertEquals(views.statement?.location.line, lineOf("VIEW-ADD"));
  assertEquals(views.removals?.[0]?.location.line, lineOf("VIEW-REMOVE"));
  // The removal in its function, from the function's first line.
  assertEquals(views.removalContext?.[0]?.text.trim(), "evict() {");
  assertEquals(
    views.removalContext?.find((c) => c.line === lineOf("VIEW-REMOVE"))?.text.trim(),
    "this.tail = node.prev; // VIEW-REMOVE",
  );
  assertMatch(views.reason, /still chained from it through \.next after they left it/);
  assertMatch(views.fix ?? "", /tail\.next = null/);

  const watchers = byName.get("watchers.#list")!;
  assertEquals(watchers.statement?.location.line, lineOf("WATCH-ADD"));
  assertEquals(watchers.removals?.[0]?.location.line, lineOf("WATCH-REMOVE"));
});
