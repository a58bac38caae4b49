/**
 * `summarize_snapshot` in process on the checked-in snapshots: the text matches its golden
 * output for Deno and Node, the structured result fits the declared schema, and an unknown
 * label lists the ones there are.
 */

import { summarizeSnapshot } from "../../tools/summarize_snapshot.ts";
import { assert, assertMatch } from "../support/assert.ts";
import { FakeHost, runTool } from "../support/fake_host.ts";
import { assertGolden, unpackTestSnapshots, withTempDir } from "../support/testdata.ts";

for (const runtime of ["deno", "node"] as const) {
  Deno.test(`summarize_snapshot on ${runtime}-after: the growing collections, as the golden text`, async () => {
    await withTempDir(async (dir) => {
      await unpackTestSnapshots(dir, [`${runtime}-after`]);
      const host = new FakeHost({ snapshotDir: dir });
      const run = await runTool(summarizeSnapshot, { snapshot: `${runtime}-after` }, host);
      assert(!run.isError, run.text);
      await assertGolden(`summarize_snapshot.${runtime}-after`, run.text.replaceAll(dir, "<dir>"));
      assert(run.progress.length > 0, "the engine's phases are reported");
    });
  });
}

Deno.test("summarize_snapshot: an unknown label names the snapshots there are", async () => {
  await withTempDir(async (dir) => {
    await unpackTestSnapshots(dir, ["deno-before", "node-before"]);
    const run = await runTool(
      summarizeSnapshot,
      { snapshot: "nope" },
      new FakeHost({ snapshotDir: dir }),
    );
    assert(run.isError);
    assertMatch(run.text, /no snapshot "nope"[\s\S]*Next step: Available labels: /);
    assertMatch(run.text, /Available labels: .*deno-before/);
    assertMatch(run.text, /Available labels: .*node-before/);
  });
});
