/**
 * A WeakRef that cannot clear: on snapshots a Node program writes itself, a signal that keeps
 * each subscriber in a WeakRef beside a handler bound to it grows, and its fix names the strong
 * path (`.handler → bound_this`) that keeps every target; the same signal keeping the method
 * unbound (first in the file, with a private field of the same name) lets its subscribers go,
 * is no suspect, and its statements are not the other's.
 */

import { compareProgramSnapshots } from "../../support/program_snapshots.ts";
import { assertEquals, assertMatch } from "../../support/assert.ts";

const SCRIPT = new URL("../../support/heap_weak_held_target.mjs", import.meta.url).pathname;

Deno.test("weak held: a WeakRef's target also held by a bound handler never goes, and the fix says by what", async () => {
  const { report, lines, lineOf } = await compareProgramSnapshots(SCRIPT, 40);
  const prune = lineOf("PRUNE");
  assertEquals(report.suspects.map((s) => s.name), ["wind.#subscribers"]);
  const [wind] = report.suspects;
  assertEquals(wind.removals?.[0]?.location.line, prune);
  assertMatch(
    wind.fix ?? "",
    /keeps its Widget in a WeakRef \(\.ref\) and also strongly, through \.handler → bound_this/,
  );
  const bind = lines.findIndex((l) => l.includes("handler: method.bind(owner)")) + 1;
  assertMatch(wind.fix ?? "", new RegExp(`bound at line ${bind} `));
});
