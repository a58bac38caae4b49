/**
 * `list_snapshots` in process: every snapshot in the directory with the runtime and target its
 * sidecar recorded, and an empty directory that says how to make one.
 */

import { listSnapshots } from "../../tools/list_snapshots.ts";
import { assert, assertEquals, assertMatch } from "../support/assert.ts";
import { FakeHost, runTool } from "../support/fake_host.ts";
import { TEST_SNAPSHOTS, unpackTestSnapshots, withTempDir } from "../support/testdata.ts";

Deno.test("list_snapshots: labels, sizes, and the runtime and target from each sidecar", async () => {
  await withTempDir(async (dir) => {
    await unpackTestSnapshots(dir);
    await Deno.remove(`${dir}/node-before.scripts.json`);
    const run = await runTool(listSnapshots, {}, new FakeHost({ snapshotDir: dir }));
    assert(!run.isError, run.text);
    const snaps = run.structured?.snapshots as {
      label: string;
      bytes: number;
      runtime?: string;
      target?: string;
      hasSidecar: boolean;
    }[];
    assertEquals(snaps.map((s) => s.label).sort(), [...TEST_SNAPSHOTS].sort());
    const deno = snaps.find((s) => s.label === "deno-after")!;
    assertEquals(deno.bytes, (await Deno.stat(`${dir}/deno-after.heapsnapshot`)).size);
    assertEquals(deno.runtime, "Deno/2.9.6");
    assertEquals(deno.target, "file:///tmp/deno-debugger-testdata/leak.ts");
    const bare = snaps.find((s) => s.label === "node-before")!;
    assertEquals([bare.hasSidecar, bare.runtime], [false, undefined]);
    assertMatch(run.text, /^4 snapshot\(s\) in .*:\n- /);
    assertMatch(run.text, /- deno-after: 6\.\d MB, .*Deno\/2\.9\.6 file:\/\/\/tmp/);
  });
});

Deno.test("list_snapshots: an empty or missing directory says how to capture one", async () => {
  await withTempDir(async (dir) => {
    const run = await runTool(listSnapshots, {}, new FakeHost({ snapshotDir: `${dir}/none` }));
    assertEquals(run.structured?.snapshots, []);
    assertMatch(
      run.text,
      /No snapshots in .*none yet\. Use connect_inspector, then capture_snapshot/,
    );
  });
});

Deno.test("list_snapshots: a FIFO sidecar, a symlink or a directory never blocks or joins the list", async () => {
  await withTempDir(async (dir) => {
    await unpackTestSnapshots(dir, ["deno-before"]);
    await Deno.remove(`${dir}/deno-before.scripts.json`);
    const fifo = await new Deno.Command("mkfifo", { args: [`${dir}/deno-before.scripts.json`] })
      .output().then((r) => r.success, () => false);
    await Deno.symlink("/etc/hostname", `${dir}/linked.heapsnapshot`);
    await Deno.mkdir(`${dir}/folder.heapsnapshot`);
    const started = performance.now();
    const run = await runTool(listSnapshots, {}, new FakeHost({ snapshotDir: dir }));
    assert(performance.now() - started < 2000, "answered at once");
    assert(!run.isError, run.text);
    const snaps = run.structured?.snapshots as { label: string; hasSidecar: boolean }[];
    assertEquals(snaps.map((s) => [s.label, s.hasSidecar]), [["deno-before", !fifo]]);
  });
});
