/**
 * A value kept under a Map's key that links the one it replaces: on snapshots a Node program
 * writes itself, the suspect is the key's chain through that link, at the line that links it,
 * with a fix that says so — not the Map's table.
 */

import { compareProgramSnapshots } from "../../support/program_snapshots.ts";
import { assert, assertEquals, assertMatch } from "../../support/assert.ts";

const SCRIPT = new URL("../../support/heap_keyed_chain_target.mjs", import.meta.url).pathname;

Deno.test("a Map's value linking the one it replaced: that key's chain, at the link", async () => {
  const { report, lines } = await compareProgramSnapshots(SCRIPT, 40);
  const first = report.suspects[0];
  assertMatch(first?.path ?? "", /^latest\.get\("(ACME|GLOBEX)"\)\.before$/, first?.path);
  assertEquals(first.kind, "growing value");
  const line = lines.findIndex((l) => l.includes("before: last,")) + 1;
  assertEquals(first.statement?.location.line, line, first.statement?.text);
  assert(first.fix.startsWith("each value kept under a key links the one it replaces"), first.fix);
});

const WRAP_SCRIPT = new URL("../../support/heap_keyed_wrap_target.mjs", import.meta.url).pathname;

Deno.test("a Map's value that wraps the one it replaced: the value under that key, at the set", async () => {
  const { report, lineOf } = await compareProgramSnapshots(WRAP_SCRIPT, 40);
  const first = report.suspects[0];
  assertEquals(first?.path, 'handlers.get("prices")', report.suspects.map((s) => s.path).join());
  assertEquals(first.kind, "growing value");
  assertEquals(first.statement?.location.line, lineOf("the set"), first.statement?.text);
});
