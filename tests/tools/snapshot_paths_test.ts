/**
 * Snapshot names: what a label becomes as a file name, and which files a label or path may
 * open — by real path inside the roots or the snapshot directory, regular files only, the
 * sidecar included (the engine reads it too).
 */

import { ToolError } from "../../tools/errors.ts";
import { listLabels, resolveSnapshot, sanitizeLabel } from "../../tools/snapshot_paths.ts";
import { assert, assertEquals, assertMatch, assertRejects } from "../support/assert.ts";
import { FakeHost } from "../support/fake_host.ts";
import { withTempDir } from "../support/testdata.ts";

Deno.test("labels become safe file names; empty or over-long ones are refused with a hint", () => {
  assertEquals(sanitizeLabel("after 50 conns!"), "after-50-conns");
  assertEquals(sanitizeLabel("../../etc/passwd"), "etc-passwd");
  assertEquals(sanitizeLabel("baseline.heapsnapshot"), "baseline");
  assertEquals(sanitizeLabel(".hidden"), "hidden");
  assertEquals(sanitizeLabel("x".repeat(64)).length, 64);
  try {
    sanitizeLabel("/// ");
    throw new Error("should throw");
  } catch (e) {
    assert(e instanceof ToolError);
    assertMatch(e.hint, /e\.g\. "baseline"/);
  }
  // Cut to 64 they would both be "xxx…x": refused instead of colliding.
  for (const long of ["x".repeat(64) + "-before", "x".repeat(64) + "-after"]) {
    try {
      sanitizeLabel(long);
      throw new Error("should throw");
    } catch (e) {
      assert(e instanceof ToolError, String(e));
      assertMatch(e.message, /is (71|70) characters long as a file name; at most 64/);
    }
  }
});

async function mkfifo(path: string): Promise<boolean> {
  return await new Deno.Command("mkfifo", { args: [path] }).output().then(
    (r) => r.success,
    () => false,
  );
}

Deno.test("resolveSnapshot: symlinks out of the roots, FIFOs and directories are refused at once", async () => {
  await withTempDir(async (outside) => {
    await withTempDir(async (dir) => {
      const snapshots = `${dir}/snapshots`;
      await Deno.mkdir(snapshots);
      await Deno.writeTextFile(`${outside}/secret.heapsnapshot`, "{}");
      await Deno.writeTextFile(`${dir}/inside.heapsnapshot`, "{}");
      await Deno.writeTextFile(`${snapshots}/plain.heapsnapshot`, "{}");
      await Deno.symlink(`${outside}/secret.heapsnapshot`, `${snapshots}/evil.heapsnapshot`);
      await Deno.symlink(`${dir}/inside.heapsnapshot`, `${snapshots}/linked.heapsnapshot`);
      await Deno.mkdir(`${snapshots}/folder.heapsnapshot`);
      const fifos = await mkfifo(`${snapshots}/pipe.heapsnapshot`) &&
        await mkfifo(`${snapshots}/plain.scripts.json`);
      const host = new FakeHost({ cwd: dir, snapshotDir: snapshots });
      const refused = async (ref: string, re: RegExp) => {
        const started = performance.now();
        const e = await assertRejects(() => resolveSnapshot(host, ref, "snapshot"), ToolError);
        assertMatch(e.message, re, ref);
        assert(performance.now() - started < 2000, `${ref} answered at once`);
      };
      await refused("evil", /evil\.heapsnapshot \(→ .*secret\.heapsnapshot\) is outside/);
      await refused(`${outside}/secret.heapsnapshot`, /secret\.heapsnapshot is outside/);
      await refused("folder", /folder\.heapsnapshot is a directory/);
      if (fifos) {
        await refused("pipe", /pipe\.heapsnapshot is not a regular file/);
        await refused("plain", /plain\.scripts\.json is not a regular file/);
      }
      // A symlink that stays inside the roots is followed to its real path.
      assertEquals(
        await resolveSnapshot(host, "linked", "snapshot"),
        await Deno.realPath(`${dir}/inside.heapsnapshot`),
      );
      // Only regular files are offered as labels.
      assertEquals(await listLabels(snapshots), ["plain"]);
    });
  });
});
