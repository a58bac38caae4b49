/**
 * `compare_snapshots` in process on the checked-in Deno pair (200 → 500 records): both growing
 * collections are named, the structured report fits the declared schema, and missing labels
 * say which argument and what exists. (Its text is being rewritten: no golden file yet.)
 */

import { compareSnapshots } from "../../tools/compare_snapshots.ts";
import { assert, assertMatch } from "../support/assert.ts";
import { FakeHost, runTool } from "../support/fake_host.ts";
import { unpackTestSnapshots, withTempDir } from "../support/testdata.ts";

Deno.test("compare_snapshots deno-before → deno-after names leakedRecords and sessions", async () => {
  await withTempDir(async (dir) => {
    await unpackTestSnapshots(dir, ["deno-before", "deno-after"]);
    const run = await runTool(
      compareSnapshots,
      { before: "deno-before", after: `${dir}/deno-after.heapsnapshot` },
      new FakeHost({ snapshotDir: dir }),
    );
    assert(!run.isError, run.text);
    const names = (run.structured?.suspects as { name: string }[]).map((s) => s.name);
    assert(names.includes("leakedRecords") && names.includes("sessions"), names.join(", "));
    assertMatch(run.text, /leakedRecords/);
  });
});

Deno.test("compare_snapshots: a missing label names the argument and the labels there are", async () => {
  await withTempDir(async (dir) => {
    await unpackTestSnapshots(dir, ["node-before"]);
    const run = await runTool(
      compareSnapshots,
      { before: "node-before", after: "later" },
      new FakeHost({ snapshotDir: dir }),
    );
    assert(run.isError);
    assertMatch(run.text, /^after: no snapshot "later"[\s\S]*Available labels: node-before\./);
  });
});
