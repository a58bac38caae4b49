/**
 * `find_retainers` in process on the checked-in snapshots: why `LeakedRecord`s are alive, as
 * the golden text for Deno and Node, with a structured result that fits the declared schema.
 */

import { findRetainers } from "../../tools/find_retainers.ts";
import { assert, assertEquals, assertMatch } from "../support/assert.ts";
import { FakeHost, runTool } from "../support/fake_host.ts";
import { assertGolden, unpackTestSnapshots, withTempDir } from "../support/testdata.ts";

for (const runtime of ["deno", "node"] as const) {
  Deno.test(`find_retainers on ${runtime}-after: LeakedRecord held by leakedRecords, as the golden text`, async () => {
    await withTempDir(async (dir) => {
      await unpackTestSnapshots(dir, [`${runtime}-after`]);
      const host = new FakeHost({ snapshotDir: dir });
      const run = await runTool(
        findRetainers,
        { snapshot: `${runtime}-after`, target: "LeakedRecord", limit: 2 },
        host,
      );
      assert(!run.isError, run.text);
      assertEquals(run.structured?.matched, 500);
      assertMatch(run.text, /─leakedRecords→ Array/);
      await assertGolden(`find_retainers.${runtime}-after`, run.text.replaceAll(dir, "<dir>"));
    });
  });
}
