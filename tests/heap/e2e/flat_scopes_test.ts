/**
 * A flat collection of its owner's class is not a tree's level: on snapshots a Node program
 * writes itself, every scope goes into the root's `#open` while a disposed one is taken out of
 * its parent's, so each round's quote scope stays (keeping its request scope through its parent
 * link). The set is counted in its entries, one a round, and the fix names the other owner.
 */

import { compareProgramSnapshots } from "../../support/program_snapshots.ts";
import { assertEquals, assertMatch } from "../../support/assert.ts";

const SCRIPT = new URL("../../support/heap_flat_scopes_target.mjs", import.meta.url).pathname;

Deno.test("flat scopes: a set of its owner's class counted in entries; the removal's other owner", async () => {
  const { report, lineOf } = await compareProgramSnapshots(SCRIPT, 40);
  const open = report.suspects[0];
  assertEquals(open?.name, "root.#open", report.suspects.map((s) => s.name).join(", "));
  assertEquals([open.added, open.countsNodes], [40, undefined]);
  assertEquals(open.statement?.location.line, lineOf("ADD"));
  assertEquals(open.removals?.[0]?.location.line, lineOf("REMOVE"));
  assertMatch(
    open.fix ?? "",
    /^the add puts entries in this\.#root\.#open \(line \d+\) and the removal takes them out of this\.#parent\.#open/,
  );
});
