/**
 * The session tools in process, where no target is needed: connecting to nothing, to something
 * that is not an inspector or not on this machine; every tool that needs a session saying how
 * to get one; and disconnecting when not connected.
 */

import { captureSnapshot } from "../../tools/capture_snapshot.ts";
import {
  startAllocationSampling,
  stopAllocationSampling,
} from "../../tools/allocation_sampling.ts";
import { connectInspector, disconnectInspector } from "../../tools/inspector_tools.ts";
import { getHeapUsage } from "../../tools/get_heap_usage.ts";
import { z } from "zod";
import { InspectorError } from "../../inspector/mod.ts";
import { discoverTarget } from "../../inspector/discover.ts";
import { assert, assertEquals, assertMatch, assertRejects } from "../support/assert.ts";
import { FakeHost, runTool } from "../support/fake_host.ts";
import { serveLocal } from "../support/local_server.ts";
import { freePort } from "../support/ports.ts";

Deno.test("connect_inspector: nothing listening, not an inspector, not loopback, a capture running", async () => {
  const host = new FakeHost();
  const port = freePort();
  const nothing = await runTool(connectInspector, { port }, host);
  assert(nothing.isError);
  assertMatch(
    nothing.text,
    new RegExp(`Nothing is listening on 127\\.0\\.0\\.1:${port}[\\s\\S]*Next step: .*--inspect=`),
  );
  const web = serveLocal(() => new Response("hello"));
  try {
    const notInspector = await runTool(connectInspector, { port: web.port }, host);
    assertMatch(notInspector.text, /not a V8 inspector[\s\S]*Next step/);
  } finally {
    await web.close();
  }
  const remote = await runTool(connectInspector, { host: "10.1.2.3" }, host);
  assertMatch(remote.text, /not a loopback address[\s\S]*--allow-remote/);
  const remoteUrl = await runTool(connectInspector, { url: "ws://192.0.2.7:9229/x" }, host);
  assertMatch(remoteUrl.text, /not a loopback address/);
  // A capture holds the session lock: connect and disconnect are refused at once, saying so.
  let release!: () => void;
  const capture = host.sessionLock.run("capture", () => new Promise<void>((r) => release = r));
  const busy = await runTool(connectInspector, {}, host);
  assertMatch(
    busy.text,
    /A snapshot capture is running on the current session \(started 0 s ago\)[\s\S]*Next step: Wait/,
  );
  const busyDisconnect = await runTool(disconnectInspector, {}, host);
  assertMatch(busyDisconnect.text, /disconnect_inspector would cut it off/);
  release();
  await capture;
  assertEquals(host.session, undefined);
});

Deno.test("without a session: each tool that needs one says to connect first, and why it ended", async () => {
  const host = new FakeHost();
  for (
    const [def, args] of [
      [getHeapUsage, {}],
      [captureSnapshot, { label: "x" }],
      [startAllocationSampling, {}],
      [stopAllocationSampling, {}],
    ] as const
  ) {
    const run = await runTool(def, args, host);
    assert(run.isError, def.name);
    assertMatch(
      run.text,
      /^No inspector session: the server is not connected to a target\.\nNext step: Start the program with `deno run --inspect=127\.0\.0\.1:9229 app\.ts`.*connect_inspector/,
      def.name,
    );
  }
  host.lostSessionReason =
    "the session with Deno 2.9.6 app.ts ended: the target closed the connection";
  const lost = await runTool(getHeapUsage, {}, host);
  assertMatch(lost.text, /^No inspector session: the session with Deno 2\.9\.6 app\.ts ended/);
});

Deno.test("disconnect_inspector when not connected: nothing to do", async () => {
  const run = await runTool(disconnectInspector, {}, new FakeHost());
  assert(!run.isError);
  assertEquals(run.structured, { wasConnected: false });
  assertEquals(run.text, "Not connected; nothing to do.");
});

Deno.test("capture_snapshot: a label with nothing usable is refused before anything else", async () => {
  const run = await runTool(captureSnapshot, { label: "///" }, new FakeHost());
  assertMatch(run.text, /has no usable characters[\s\S]*Next step: .*"baseline"/);
});

Deno.test("connect_inspector: a host that is not one, an empty url, a redirect are named as such", async () => {
  const host = new FakeHost();
  const answer = async (args: Record<string, unknown>) => {
    const run = await runTool(connectInspector, args, host);
    assert(run.isError, `${JSON.stringify(args)}: ${run.text}`);
    return run.text;
  };
  assertMatch(
    await answer({ host: "127.0.0.1/x?" }),
    /^host "127\.0\.0\.1\/x\?" is not a host name or IP address\.\nNext step: Pass a host name or IP address only/,
  );
  assertMatch(await answer({ host: "localhost:9229" }), /host "localhost:9229" includes a port/);
  // url: "" no longer means the default port: the schema refuses it, and so does discovery.
  const empty = await assertRejects(() => runTool(connectInspector, { url: "" }, host), z.ZodError);
  assertMatch(empty.message, /"url"[\s\S]*>=1 characters/);
  const discovered = await assertRejects(() => discoverTarget({ url: "" }), InspectorError);
  assertMatch(discovered.message, /^"" is not a URL\./);
  const redirecting = serveLocal(() =>
    new Response(null, { status: 302, headers: { location: "http://127.0.0.1:1/elsewhere" } })
  );
  try {
    assertMatch(
      await answer({ port: redirecting.port }),
      new RegExp(
        `127\\.0\\.0\\.1:${redirecting.port} answered GET /json/version with a redirect \\(HTTP 302 to http://127\\.0\\.0\\.1:1/elsewhere\\): it is not a V8 inspector`,
      ),
    );
  } finally {
    await redirecting.close();
  }
  // The IPv4-mapped loopback address is loopback: refused by nothing but the empty port.
  const port = freePort();
  assertMatch(
    await answer({ host: "::ffff:127.0.0.1", port }),
    /Nothing is listening on \[::ffff:7f00:1\]/,
  );
  assertEquals(host.session, undefined);
});
