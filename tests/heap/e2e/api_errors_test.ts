/**
 * The public API's behaviour on bad input and cancellation: a specific `SnapshotParseError`
 * naming the file and byte offset (from inside the worker), cancellation that stops the
 * workers, and retainer queries that match nothing explaining what to ask instead.
 */

import {
  compareSnapshotFiles,
  findRetainers,
  formatRetainersText,
  SnapshotParseError,
} from "../../../heap/mod.ts";
import { assert, assertEquals, assertMatch } from "../../support/assert.ts";

/** A real snapshot written by a Node process. */
async function nodeSnapshot(dir: string): Promise<string> {
  const path = `${dir}/node.heapsnapshot`;
  const out = await new Deno.Command("node", {
    args: ["-e", `require("node:v8").writeHeapSnapshot(${JSON.stringify(path)})`],
    stdout: "null",
    stderr: "piped",
  }).output();
  assertEquals(out.code, 0, new TextDecoder().decode(out.stderr));
  return path;
}

Deno.test("heap API: bad files, cancellation, unmatched retainer queries", async (t) => {
  const dir = await Deno.makeTempDir({ prefix: "heap-api-" });
  try {
    const good = await nodeSnapshot(dir);

    await t.step(
      "a file that is not a snapshot: SnapshotParseError with file and offset",
      async () => {
        const bad = `${dir}/bad.heapsnapshot`;
        await Deno.writeTextFile(bad, '{"snapshot": {"meta": 42}}');
        let caught: unknown;
        try {
          await compareSnapshotFiles({ before: good, after: bad });
        } catch (err) {
          caught = err;
        }
        assert(caught instanceof SnapshotParseError, `got ${caught}`);
        assertEquals(caught.file, bad);
        assert(caught.offset >= 0 && caught.offset <= 26, `offset ${caught.offset}`);
        assertMatch(caught.message, /bad\.heapsnapshot: byte \d+/);
      },
    );

    await t.step("a missing file: SnapshotParseError naming it", async () => {
      let caught: unknown;
      try {
        await compareSnapshotFiles({ before: `${dir}/nope.heapsnapshot`, after: good });
      } catch (err) {
        caught = err;
      }
      assert(caught instanceof SnapshotParseError, `got ${caught}`);
      assertMatch(caught.message, /nope\.heapsnapshot/);
    });

    await t.step("cancellation rejects with the signal's reason", async () => {
      const ac = new AbortController();
      ac.abort(new Error("stop now"));
      let caught: unknown;
      try {
        await compareSnapshotFiles({ before: good, after: good, signal: ac.signal });
      } catch (err) {
        caught = err;
      }
      assertEquals((caught as Error).message, "stop now");
      const later = new AbortController();
      const pending = compareSnapshotFiles({ before: good, after: good, signal: later.signal });
      later.abort(new Error("changed my mind"));
      let caught2: unknown;
      try {
        await pending;
      } catch (err) {
        caught2 = err;
      }
      assertEquals((caught2 as Error).message, "changed my mind");
    });

    await t.step("comparing a snapshot with itself finds nothing", async () => {
      const r = await compareSnapshotFiles({ before: good, after: good });
      assertEquals(r.suspects.length, 0);
      assertEquals(r.totals.sizeDelta, 0);
      assert(r.groups.every((g) => g.countDelta === 0 && g.added === 0), "no group changed");
    });

    await t.step("retainers: unknown class and unknown id say what to do", async () => {
      const byName = await findRetainers({ file: good, target: "NoSuchClass" });
      assertEquals(byName.matched, 0);
      assertMatch(byName.notes.join(" "), /no objects of class "NoSuchClass"/);
      const byId = await findRetainers({ file: good, target: "@4294967290" });
      assertEquals(byId.matched, 0);
      assertMatch(formatRetainersText(byId), /no object with id @4294967290/);
    });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
