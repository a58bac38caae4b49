/**
 * A collection kept under two names (a document's `releases` and a cursor's `items`) and added
 * to through the one its declared path does not give: the engine finds the add through the
 * other name (`holder_aliases.ts`).
 */

import { compareProgramSnapshots } from "../../support/program_snapshots.ts";
import { assertEquals } from "../../support/assert.ts";

const SCRIPT = new URL("../../support/heap_aliased_holder_target.mjs", import.meta.url).pathname;

Deno.test("a collection added to under another name: that add is its statement", async () => {
  const { report, lineOf } = await compareProgramSnapshots(SCRIPT, 200);
  const top = report.suspects[0];
  assertEquals(top?.added, 200, JSON.stringify(report.suspects.map((s) => s.name)));
  assertEquals(top.statement?.location.line, lineOf("ADD"), JSON.stringify(top.statement));
});
