/**
 * A tree's growth counted in its nodes: prefix tries keep every deleted key's branch (their
 * prune tests `value !== null` after `delete node.value`), a few nodes at each of many levels.
 * On snapshots a Node program writes itself, the tries' levels (none gained enough alone; most
 * are new) are judged together, counted in new nodes, one suspect for the two tries that one
 * statement adds to, with a fix that names the strict null test.
 */

import { formatCompareText } from "../../../heap/mod.ts";
import { compareProgramSnapshots } from "../../support/program_snapshots.ts";
import { assert, assertEquals, assertMatch } from "../../support/assert.ts";

const SCRIPT = new URL("../../support/heap_tree_target.mjs", import.meta.url).pathname;

Deno.test("tree nodes: tries that keep deleted keys' branches, judged by all their levels, counted in nodes", async () => {
  const { report, lineOf } = await compareProgramSnapshots(SCRIPT, 400);
  // The two tries' levels, added to by one statement: one suspect for both.
  assertEquals(report.suspects.length, 1);
  const tries = report.suspects[0];
  assertEquals(tries.name, "TrieNode.children");
  assertMatch(
    tries.reason,
    /across the children of 2 TrieNode objects: parcels\.root, labels\.root/,
  );
  assertEquals(tries.countsNodes, true);
  // Every new TrieNode is one of theirs, far more than the levels' Maps gained as entries.
  const nodes = report.groups.find((g) => g.name === "TrieNode")!;
  assertEquals(tries.added, nodes.countAfter - nodes.countBefore);
  assert(tries.added >= 2 * (tries.entriesAfter - tries.entriesBefore), `${tries.added}`);
  assertEquals(tries.statement?.location.line, lineOf("TRIE-ADD"));
  assertMatch(
    tries.fix ?? "",
    /`delete node\.value` leaves value undefined, and `child\.value !== null`/,
  );
  assertMatch(formatCompareText(report), /\+[\d,]+ nodes \(entries/);
});
