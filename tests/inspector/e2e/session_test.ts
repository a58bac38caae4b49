/**
 * The inspector layer against real targets: `deno run --inspect` and `node --inspect`
 * programs on free loopback ports, real WebSocket sessions, real snapshots on disk.
 */

import { assert, assertEquals, assertMatch, assertRejects } from "../../support/assert.ts";
import { InspectorError, InspectorSession } from "../../../inspector/mod.ts";
import { startLeakyTarget } from "../../support/inspect_target.ts";
import { freePort } from "../../support/ports.ts";
import type { SnapshotSidecar } from "../../../heap/mod.ts";

async function readHeader(path: string): Promise<string> {
  const f = await Deno.open(path);
  const buf = new Uint8Array(2048);
  const n = await f.read(buf) ?? 0;
  f.close();
  return new TextDecoder().decode(buf.subarray(0, n));
}

for (const runtime of ["deno", "node"] as const) {
  Deno.test(`${runtime} target: connect, heap usage, capture a whole snapshot + sidecar`, async () => {
    const target = await startLeakyTarget(runtime);
    const dir = await Deno.makeTempDir({ prefix: "inspector_test_" });
    const session = await InspectorSession.connect({ port: target.inspectPort });
    try {
      assertEquals(session.info.runtime, runtime === "deno" ? "Deno" : "Node");
      assertMatch(session.info.version, /^\d+\.\d+\.\d+/);
      assertMatch(session.info.webSocketDebuggerUrl, /^ws:\/\/127\.0\.0\.1:/);
      const usage = await session.heapUsage();
      assert(usage.usedSize > 0 && usage.totalSize >= usage.usedSize, JSON.stringify(usage));

      await (await fetch(`http://127.0.0.1:${target.httpPort}/grow?n=2000`)).body?.cancel();
      const progress: number[] = [];
      const path = `${dir}/after.heapsnapshot`;
      const r = await session.captureSnapshot(path, {
        label: "after",
        onProgress: (done) => progress.push(done),
      });
      assertEquals(r.path, path);
      assertEquals(r.sidecarPath, `${dir}/after.scripts.json`);
      assertEquals(r.bytes, (await Deno.stat(path)).size);
      assert(r.nodeCount! > 1000, `nodeCount ${r.nodeCount}`);
      assert(progress.length > 0, "progress reported");
      // The file is a whole snapshot: the header names the layout, the end closes the object.
      assertMatch(await readHeader(path), /^\{"snapshot":\{"meta":\{"node_fields":\["type","name"/);
      const text = await Deno.readTextFile(path);
      assert(text.trimEnd().endsWith("}"));
      assert(text.includes("leakedRecords"), "the leaking variable is in the snapshot");
      const parsed = JSON.parse(text);
      assertEquals(parsed.snapshot.node_count, r.nodeCount);

      const sidecar: SnapshotSidecar = JSON.parse(await Deno.readTextFile(r.sidecarPath));
      assertEquals(sidecar.version, 1);
      assertEquals(sidecar.label, "after");
      const app = sidecar.scripts.find((s) =>
        s.url.endsWith(runtime === "deno" ? "leaky_target.ts" : "leaky_target.mjs")
      );
      assert(app, "the target's own script is recorded");
      if (runtime === "deno") assertMatch(app.sourceMapURL ?? "", /^data:application\/json/);
      // Its script id appears in the snapshot's locations.
      assert(parsed.locations.length > 0);

      const left = [...Deno.readDirSync(dir)].map((e) => e.name).sort();
      assertEquals(left, ["after.heapsnapshot", "after.scripts.json"], "no temp files left");
    } finally {
      await session.close();
      await target.stop();
      await Deno.remove(dir, { recursive: true });
    }
    assert(session.closed);
  });
}

Deno.test("nothing listening: not_listening with the --inspect command to run", async () => {
  const port = freePort();
  const e = await assertRejects(
    () => InspectorSession.connect({ port }),
    InspectorError,
    `Nothing is listening on 127.0.0.1:${port}`,
  );
  assertEquals(e.code, "not_listening");
  assertMatch(e.hint, /--inspect=127\.0\.0\.1:\d+/);
});

Deno.test("wrong port (an HTTP server, not an inspector): not_inspector", async () => {
  const target = await startLeakyTarget("deno");
  try {
    const e = await assertRejects(
      () => InspectorSession.connect({ port: target.httpPort }),
      InspectorError,
      "it is not a V8 inspector",
    );
    assertEquals(e.code, "not_inspector");
    assertMatch(e.hint, /Debugger listening/);
  } finally {
    await target.stop();
  }
});

Deno.test("a port answering over 1 MB for /json/version is not_inspector (body not read past 1 MB)", async () => {
  const big = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    () => new Response(JSON.stringify({ Browser: "x".repeat(2_000_000) })),
  );
  try {
    const e = await assertRejects(
      () => InspectorSession.connect({ port: big.addr.port }),
      InspectorError,
      "something that is not JSON: it is not a V8 inspector",
    );
    assertEquals(e.code, "not_inspector");
  } finally {
    await big.shutdown();
  }
});

Deno.test("non-loopback host or URL is refused before any network access", async () => {
  for (const opts of [{ host: "10.11.12.13", port: 9229 }, { url: "ws://192.0.2.1:9229/abc" }]) {
    const e = await assertRejects(() => InspectorSession.connect(opts), InspectorError, "loopback");
    assertEquals(e.code, "remote_refused");
    assertMatch(e.hint, /--allow-remote/);
  }
  const bad = await assertRejects(
    () => InspectorSession.connect({ url: "ftp://127.0.0.1/x" }),
    InspectorError,
    "Unsupported URL scheme",
  );
  assertEquals(bad.code, "bad_url");
});

Deno.test("connect by ws:// URL; a second capture while one runs is refused", async () => {
  const target = await startLeakyTarget("deno", 2000);
  const dir = await Deno.makeTempDir({ prefix: "inspector_test_" });
  const list = await (await fetch(`http://127.0.0.1:${target.inspectPort}/json/list`)).json();
  const session = await InspectorSession.connect({ url: list[0].webSocketDebuggerUrl });
  try {
    assertEquals(session.info.runtime, "Deno");
    const first = session.captureSnapshot(`${dir}/a.heapsnapshot`);
    const e = await assertRejects(
      () => session.captureSnapshot(`${dir}/b.heapsnapshot`),
      InspectorError,
      "already being captured",
    );
    assertEquals(e.code, "capture_busy");
    await first;
    // After the first finishes, capturing works again.
    await session.captureSnapshot(`${dir}/b.heapsnapshot`);
    const names = [...Deno.readDirSync(dir)].map((d) => d.name).sort();
    assertEquals(names, ["a.heapsnapshot", "a.scripts.json", "b.heapsnapshot", "b.scripts.json"]);
  } finally {
    await session.close();
    await target.stop();
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("target exits mid-capture: disconnected error, no file under the final name", async () => {
  const target = await startLeakyTarget("deno", 300_000);
  const dir = await Deno.makeTempDir({ prefix: "inspector_test_" });
  const session = await InspectorSession.connect({ port: target.inspectPort });
  let closedReason = "";
  session.onClose((r) => closedReason = r);
  try {
    let killed = false;
    const e = await assertRejects(
      () =>
        session.captureSnapshot(`${dir}/dies.heapsnapshot`, {
          onProgress: () => {
            if (!killed) {
              killed = true;
              target.child.kill("SIGKILL");
            }
          },
        }),
      InspectorError,
      "went away",
    );
    assertEquals(e.code, "disconnected");
    assert(killed, "the target was killed during the capture");
    assertEquals([...Deno.readDirSync(dir)].map((d) => d.name), [], "no partial or temp file");
    assert(session.closed, "the session knows it is closed");
    assertMatch(closedReason, /closed the connection/);
    await assertRejects(() => session.heapUsage(), InspectorError, "session is closed");
  } finally {
    await session.close();
    await target.stop();
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("aborting a capture removes the partial file and frees the slot afterwards", async () => {
  const target = await startLeakyTarget("deno", 50_000);
  const dir = await Deno.makeTempDir({ prefix: "inspector_test_" });
  const session = await InspectorSession.connect({ port: target.inspectPort });
  try {
    const ac = new AbortController();
    const e = await assertRejects(
      () =>
        session.captureSnapshot(`${dir}/x.heapsnapshot`, {
          signal: ac.signal,
          onProgress: () => ac.abort(),
        }),
      InspectorError,
      "cancelled",
    );
    assertEquals(e.code, "aborted");
    assertEquals([...Deno.readDirSync(dir)].map((d) => d.name), []);
    // V8 is still streaming the abandoned snapshot; retry until the slot is free.
    for (let i = 0; i < 100; i++) {
      try {
        await session.captureSnapshot(`${dir}/y.heapsnapshot`);
        break;
      } catch (err) {
        if (!(err instanceof InspectorError && err.code === "capture_busy")) throw err;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const y = JSON.parse(await Deno.readTextFile(`${dir}/y.heapsnapshot`));
    assert(y.snapshot.node_count > 0, "the next capture is whole (no chunks of the abandoned one)");
  } finally {
    await session.close();
    await target.stop();
    await Deno.remove(dir, { recursive: true });
  }
});
