/**
 * `find_retainers` by class name shows the class's instances before its prototype object,
 * which carries the class's name (and, with its methods, often retains more) but is not one
 * of them: Deno's `PerformanceMeasure`, on a snapshot of a real process over `--inspect`.
 */

import { parseSnapshotFile } from "../../../heap/parse/parse.ts";
import { retainersIn } from "../../../heap/analysis/retainers.ts";
import { startInspectTarget, withInspectorSession } from "../../support/inspect_target.ts";
import { assert, assertEquals } from "../../support/assert.ts";
import { withTempDir } from "../../support/testdata.ts";

Deno.test("retainers of a class: its instances first, not its prototype", async () => {
  await withTempDir(async (dir) => {
    const file = `${dir}/measures.heapsnapshot`;
    const target = await startInspectTarget({
      runtime: "deno",
      script: new URL("../../support/measures_target.ts", import.meta.url).pathname,
    });
    await withInspectorSession(target, "deno target", (session) => session.captureSnapshot(file));
    const report = retainersIn(await parseSnapshotFile(file), "PerformanceMeasure", 3, {});
    // The three instances and the prototype object carry the name.
    assertEquals(report.matched, 4);
    assertEquals(report.objects.length, 3);
    for (const object of report.objects) {
      assert(object.ownerPath?.startsWith("kept["), `${object.ownerPath} is not an instance`);
    }
  });
});
