/**
 * The engine's own reads of side files never wait on a FIFO: a comparison whose snapshots'
 * sidecars are FIFOs (named pipes nobody writes) finishes, noting the sidecars as missing.
 */

import { compareSnapshotFiles } from "../../../heap/mod.ts";
import { assert } from "../../support/assert.ts";
import { unpackTestSnapshots, withTempDir } from "../../support/testdata.ts";

Deno.test("a FIFO where a sidecar should be is skipped, not waited on", async () => {
  await withTempDir(async (dir) => {
    await unpackTestSnapshots(dir, ["node-before", "node-after"]);
    for (const name of ["node-before", "node-after"]) {
      const sidecar = `${dir}/${name}.scripts.json`;
      await Deno.remove(sidecar);
      const made = await new Deno.Command("mkfifo", { args: [sidecar] }).output();
      assert(made.success, "mkfifo");
    }
    const report = await compareSnapshotFiles({
      before: `${dir}/node-before.heapsnapshot`,
      after: `${dir}/node-after.heapsnapshot`,
    });
    assert(report.suspects.some((s) => s.path === "leakedRecords"), "still analysed");
    assert(report.notes.some((n) => n.includes("no sidecar")), report.notes.join("\n"));
  });
});
