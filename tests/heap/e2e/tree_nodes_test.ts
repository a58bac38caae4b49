/**
 * A tree's growth counted in its nodes: a prefix trie keeps every deleted key's branch (its
 * prune tests `value !== null` after `delete node.value`). On snapshots a Node program writes
 * itself, the trie is one suspect counted in new nodes at every level (its levels' Maps gain
 * only the tops of the new branches), with a fix that names the strict null test.
 */

import { formatCompareText } from "../../../heap/mod.ts";
import { compareProgramSnapshots } from "../../support/program_snapshots.ts";
import { assert, assertEquals, assertMatch } from "../../support/assert.ts";

const SCRIPT = new URL("../../support/heap_tree_target.mjs", import.meta.url).pathname;

Deno.test("tree nodes: a trie that keeps deleted keys' branches counts its new nodes at every level", async () => {
  const { report, lineOf } = await compareProgramSnapshots(SCRIPT, 60);
  assertEquals(report.suspects.length, 1);
  const trie = report.suspects[0];
  assertMatch(trie.name, /^parcels\.root\.children/);
  assertEquals(trie.countsNodes, true);
  // New TrieNodes, far more than the levels' Maps gained as entries; at most all that are new
  // (those below a level whose Map is itself new are that Map's, which is no holder of the
  // baseline: not counted here).
  const nodes = report.groups.find((g) => g.name === "TrieNode")!;
  assert(trie.added <= nodes.countAfter - nodes.countBefore, `${trie.added}`);
  assert(trie.added >= 2 * (trie.entriesAfter - trie.entriesBefore), `${trie.added}`);
  assertEquals(trie.statement?.location.line, lineOf("TRIE-ADD"));
  assertMatch(
    trie.fix ?? "",
    /`delete node\.value` leaves value undefined, and `child\.value !== null`/,
  );
  assertMatch(formatCompareText(report), /\+[\d,]+ nodes \(entries/);
});
