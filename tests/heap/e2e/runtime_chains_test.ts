/**
 * Chains whose links run through the runtime's internals: suspended async generators that
 * each delegate to the next with `yield*` (kept in the generator's frame), and a stream split
 * by `tee()` on every subscription (each new branch reads the last through the runtime's
 * reader). Each is one suspect, counted one link per round, at the statement that links it;
 * V8's own links between awaited promises (made while a debugger is on) are none.
 */

import { compareProgramSnapshots } from "../../support/program_snapshots.ts";
import { assert, assertEquals, assertMatch } from "../../support/assert.ts";

const GENERATORS = new URL("../../support/heap_generator_chain_target.mjs", import.meta.url)
  .pathname;
const TEE = new URL("../../support/heap_tee_chain_target.mjs", import.meta.url).pathname;

Deno.test("a generator that delegates to a new one after each yield: one chain, at the yield*", async () => {
  const { report, lineOf } = await compareProgramSnapshots(GENERATORS, 200);
  assertEquals(report.suspects.map((s) => s.name), ["shipper.feed"]);
  const feed = report.suspects[0];
  assertEquals(feed.kind, "linked list");
  assertEquals(feed.added, 200);
  assertEquals(feed.statement?.location.line, lineOf("DELEGATE"));
  assertMatch(feed.fix ?? "", /delegates to a new one with yield\*/);
});

Deno.test("a stream split by tee() on every subscription: a value that keeps the last", async () => {
  const { report, lineOf } = await compareProgramSnapshots(TEE, 200);
  assertEquals(report.suspects.map((s) => s.name), ["hub.#feed"]);
  const feed = report.suspects[0];
  assertEquals(feed.kind, "growing value");
  assert(feed.added >= 190 && feed.added <= 210, `one level a round, got ${feed.added}`);
  assertEquals(feed.statement?.location.line, lineOf("TEE"));
});
