/**
 * An async generator's `next()` calls that nobody awaits before calling again queue in V8's
 * own request list: on snapshots a Deno program writes itself, the generator is found through
 * what it awaits (a promise whose resolve function the program keeps), named by the call that
 * made it, with the unawaited `next()` as the statement. Deno's V8 and Node 20's type V8's
 * request records differently.
 */

import { compareSnapshotFiles } from "../../../heap/mod.ts";
import { assert, assertEquals, assertMatch } from "../../support/assert.ts";

const SCRIPTS = {
  deno: new URL("../../support/heap_generator_queue_target.ts", import.meta.url).pathname,
  node: new URL("../../support/heap_generator_queue_target.mjs", import.meta.url).pathname,
};

for (const runtime of ["deno", "node"] as const) {
  Deno.test(`generator queue: next() calls raced and never awaited, named by the call that made the generator (${runtime})`, () =>
    check(runtime));
}

async function check(runtime: "deno" | "node") {
  const SCRIPT = SCRIPTS[runtime];
  const dir = await Deno.makeTempDir({ prefix: "heap-generator-queue-" });
  try {
    const before = `${dir}/before.heapsnapshot`;
    const after = `${dir}/after.heapsnapshot`;
    const out = await new Deno.Command(runtime === "node" ? "node" : Deno.execPath(), {
      args: runtime === "node"
        ? [SCRIPT, before, after]
        : ["run", `--allow-write=${dir}`, SCRIPT, before, after],
      stderr: "piped",
    }).output();
    assertEquals(out.code, 0, new TextDecoder().decode(out.stderr));
    const report = await compareSnapshotFiles({ before, after, cycles: 20 });
    const lines = (await Deno.readTextFile(SCRIPT)).split("\n");
    const race = lines.findIndex((l) => l.includes("// RACE")) + 1;
    const [first, ...rest] = report.suspects;
    assert(first, "the generator's queue is found");
    assertEquals(first.name, "outages.stream()");
    assertEquals(first.kind, "queued calls");
    assertEquals(first.added, 20);
    assertEquals(first.addedPerCycle, 1);
    assertEquals(first.statement?.location.line, race);
    assertMatch(first.reason, /20 more next\(\) calls queued on the generator/);
    assertMatch(first.fix ?? "", /queues on the generator/);
    assertEquals(rest.map((s) => s.name), [], "the busy stream's generator answers its calls");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}
