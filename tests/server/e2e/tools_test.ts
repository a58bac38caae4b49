/**
 * The MCP server over real stdio (spawned as mcp.json says) against real --inspect targets:
 * tool and prompt listing, the session tools, capture, list, read_source, get_stats, and
 * every fault the issue names.
 */

import { assert, assertEquals, assertMatch } from "../../support/assert.ts";
import { leakyTargetScript, startLeakyTarget } from "../../support/inspect_target.ts";
import { REPO_ROOT, startMcpSession, textOf } from "../../support/mcp_session.ts";
import { freePort } from "../../support/ports.ts";

const DENO_TARGET = leakyTargetScript("deno");

const EXPECTED_TOOLS = [
  "breakpoints",
  "capture_snapshot",
  "catch_exceptions",
  "compare_cpu_profiles",
  "compare_snapshots",
  "connect_inspector",
  "disconnect_inspector",
  "find_retainers",
  "get_heap_usage",
  "get_stats",
  "investigate_leak",
  "list_snapshots",
  "logpoints",
  "paused_program",
  "profile_cpu",
  "read_source",
  "search_source",
  "send_http_requests",
  "simulate_connections",
  "start_allocation_sampling",
  "stop_allocation_sampling",
  "summarize_snapshot",
];

Deno.test("lists exactly our tools (with output schemas and annotations) and prompts", async () => {
  const mcp = await startMcpSession();
  try {
    const { tools } = await mcp.client.listTools();
    assertEquals(tools.map((t) => t.name).sort(), EXPECTED_TOOLS);
    for (const t of tools) {
      assert(t.outputSchema, `${t.name} has an outputSchema`);
      assert(t.description && t.description.length > 40, `${t.name} is described`);
      assert(typeof t.annotations?.readOnlyHint === "boolean", `${t.name} has readOnlyHint`);
      assert(typeof t.annotations?.openWorldHint === "boolean", `${t.name} has openWorldHint`);
    }
    const ro = Object.fromEntries(tools.map((t) => [t.name, t.annotations?.readOnlyHint]));
    assertEquals(ro.compare_snapshots, true);
    assertEquals(ro.summarize_snapshot, true);
    assertEquals(ro.capture_snapshot, false);
    assertEquals(ro.send_http_requests, false, "driving load is not a read");
    // The server's instructions name only tools it has, and every step of Pattern A.
    const instructions = mcp.client.getInstructions() ?? "";
    const named = instructions.match(/\b[a-z]+(?:_[a-z]+)+\b/g) ?? [];
    for (const n of named.filter((w) => !w.startsWith("investigate"))) {
      assert(EXPECTED_TOOLS.includes(n), `the instructions name ${n}, which is not a tool`);
    }
    for (const step of ["connect_inspector", "capture_snapshot", "compare_snapshots"]) {
      assert(instructions.includes(step), `instructions mention ${step}`);
    }
    const { prompts } = await mcp.client.listPrompts();
    assertEquals(prompts.map((p) => p.name).sort(), [
      "chat-server-leaking",
      "investigate-memory-leak",
      "investigate-race",
      "investigate-slow-endpoint",
    ]);
    const p = await mcp.client.getPrompt({
      name: "investigate-memory-leak",
      arguments: { port: "9333", workload: "GET http://127.0.0.1:8000/items/{i}" },
    });
    const text = (p.messages[0].content as { text: string }).text;
    assertMatch(text, /investigate_leak with port 9333/);
    assertMatch(text, /The workload: GET http:\/\/127\.0\.0\.1:8000\/items\/\{i\}/);
    assertMatch(text, /compare_snapshots/);
    const c = await mcp.client.complete({
      ref: { type: "ref/prompt", name: "investigate-memory-leak" },
      argument: { name: "statsUrl", value: "http://loc" },
    });
    assertEquals(c.completion.values, ["http://localhost:3000/stats"]);
    const chat = await mcp.client.getPrompt({ name: "chat-server-leaking" });
    assertMatch(
      (chat.messages[0].content as { text: string }).text,
      /memory stays high even with no active connections/,
    );
  } finally {
    await mcp.close();
  }
});

async function get(url: string): Promise<void> {
  await (await fetch(url)).body?.cancel();
}

Deno.test("session tools on a Deno target: connect, heap usage, capture, list, stats, source, disconnect", async () => {
  const target = await startLeakyTarget("deno");
  const mcp = await startMcpSession();
  try {
    const c = await mcp.call("connect_inspector", { port: target.inspectPort });
    assert(!c.isError, textOf(c));
    assertEquals(c.structuredContent?.runtime, "Deno");
    assertMatch(String(c.structuredContent?.targetUrl), /leaky_target\.ts$/);
    assertMatch(textOf(c), /Connected to Deno 2\.\d+\.\d+/);
    assertEquals(c.structuredContent?.replacedPrevious, false);
    // Re-connecting replaces the session cleanly (the old socket is closed first, so even a
    // one-client-only target accepts the new one).
    const re = await mcp.call("connect_inspector", { port: target.inspectPort });
    assert(!re.isError, textOf(re));
    assertEquals(re.structuredContent?.replacedPrevious, true);

    await mcp.call("get_heap_usage");
    const h = await mcp.call("get_heap_usage");
    const change = h.structuredContent?.change as Record<string, number> | undefined;
    assert(!h.isError && typeof change?.heapUsed === "number", textOf(h));

    const progress: unknown[] = [];
    const cap = await mcp.call("capture_snapshot", { label: "base line!" }, {
      onProgress: (p) => progress.push(p),
    });
    assert(!cap.isError, textOf(cap));
    assertEquals(cap.structuredContent?.label, "base-line");
    const path = String(cap.structuredContent?.path);
    assertEquals(path, `${REPO_ROOT}/${mcp.snapshotDir}/base-line.heapsnapshot`);
    assertEquals((await Deno.stat(path)).size, cap.structuredContent?.bytes);
    assert(progress.length > 0, "progress notifications arrived");

    const again = await mcp.call("capture_snapshot", { label: "base-line" });
    assert(again.isError, "an existing label is refused");
    assertMatch(textOf(again), /already exists[\s\S]*Next step: .*overwrite: true/);
    const over = await mcp.call("capture_snapshot", { label: "base-line", overwrite: true });
    assert(!over.isError && over.structuredContent?.overwritten === true, textOf(over));

    const list = await mcp.call("list_snapshots");
    const snaps = list.structuredContent?.snapshots as { label: string; runtime?: string }[];
    assertEquals(snaps.map((s) => s.label), ["base-line"]);
    assertMatch(snaps[0].runtime ?? "", /^Deno\//);

    const statsUrl = `http://127.0.0.1:${target.httpPort}/stats`;
    const s1 = await mcp.call("get_stats", { url: statsUrl });
    assert(!s1.isError && s1.structuredContent?.firstReading === true, textOf(s1));
    await get(`http://127.0.0.1:${target.httpPort}/grow?n=300`);
    const s2 = await mcp.call("get_stats", { url: statsUrl });
    const changes = s2.structuredContent?.changes as { key: string; delta: number }[];
    assertEquals(changes.find((x) => x.key === "records")?.delta, 300);
    assertMatch(textOf(s2), /records 0 → 300 \(\+300\)/);
    // A path the program does not serve: the error names the paths its code does.
    const wrong = await mcp.call("get_stats", {
      url: `http://127.0.0.1:${target.httpPort}/metrics`,
    });
    assert(wrong.isError, textOf(wrong));
    assertMatch(
      textOf(wrong),
      /answered HTTP 404[\s\S]*Paths the program's code names: .*\/grow, \/stats/,
    );

    const src = await mcp.call("read_source", {
      path: "tests/support/leaky_target.ts:15",
      context: 1,
    });
    assert(!src.isError, textOf(src));
    assertMatch(textOf(src), />15 \| const leakedRecords: LeakedRecord\[\] = \[\];/);
    const byUrl = await mcp.call("read_source", {
      path: `file://${DENO_TARGET}`,
      line: 15,
      context: 0,
    });
    assertEquals(
      (byUrl.structuredContent?.lines as { text: string }[])[0].text,
      "const leakedRecords: LeakedRecord[] = [];",
    );

    const d = await mcp.call("disconnect_inspector");
    assertEquals(d.structuredContent?.wasConnected, true);
    const none = await mcp.call("get_heap_usage");
    assert(none.isError);
    assertMatch(textOf(none), /No inspector session[\s\S]*Next step: .*connect_inspector/);
  } finally {
    await mcp.close();
    await target.stop();
  }
});

Deno.test("faults: wrong port, not an inspector, remote hosts, huge clients, paths outside roots, bad snapshots", async () => {
  const target = await startLeakyTarget("deno");
  const mcp = await startMcpSession();
  const dir = `${REPO_ROOT}/${mcp.snapshotDir}`;
  const expectError = async (tool: string, args: Record<string, unknown>, re: RegExp) => {
    const r = await mcp.call(tool, args);
    assert(r.isError, `${tool} ${JSON.stringify(args)} should fail: ${textOf(r)}`);
    assertMatch(textOf(r), re, `${tool} ${JSON.stringify(args)}`);
  };
  try {
    const port = freePort();
    await expectError(
      "connect_inspector",
      { port },
      new RegExp(`Nothing is listening on 127\\.0\\.0\\.1:${port}[\\s\\S]*Next step: .*--inspect=`),
    );
    await expectError(
      "connect_inspector",
      { port: target.httpPort },
      /not a V8 inspector[\s\S]*Next step/,
    );
    await expectError(
      "connect_inspector",
      { host: "10.1.2.3" },
      /not a loopback address[\s\S]*--allow-remote/,
    );
    await expectError(
      "connect_inspector",
      { url: "ws://192.0.2.7:9229/x" },
      /not a loopback address/,
    );
    await expectError(
      "get_stats",
      { url: "http://192.0.2.7:8086/stats" },
      /not a loopback address[\s\S]*Next step/,
    );
    await expectError(
      "get_stats",
      { url: `http://127.0.0.1:${freePort()}/stats` },
      /Could not reach[\s\S]*Next step/,
    );
    await expectError(
      "simulate_connections",
      { url: "ws://example.com/ws" },
      /not a loopback address/,
    );
    await expectError(
      "simulate_connections",
      { url: "ws://127.0.0.1:1/ws", clients: 5000 },
      /at most 1000/,
    );
    await expectError("simulate_connections", {
      url: `ws://127.0.0.1:${freePort()}/ws`,
      clients: 2,
      durationMs: 0,
    }, /None of 2 clients could connect[\s\S]*Next step/);

    await expectError(
      "read_source",
      { path: "/etc/passwd" },
      /outside the directories this server may read[\s\S]*--root/,
    );
    await expectError("read_source", { path: "tests/../../etc/passwd" }, /outside the directories/);
    await Deno.mkdir(dir, { recursive: true });
    await Deno.symlink("/etc/hostname", `${dir}/escape.ts`);
    await expectError(
      "read_source",
      { path: `${mcp.snapshotDir}/escape.ts` },
      /outside the directories/,
    );
    await expectError(
      "read_source",
      { path: "tests/support/leaky_target.ts:9999" },
      /has \d+ lines; line 9999 is past the end/,
    );
    await expectError("read_source", { path: "https://example.com/a.ts" }, /remote URL/);
    await expectError("read_source", { path: "no/such/file.ts" }, /No such source file/);

    await Deno.writeTextFile(`${dir}/huge.ts`, "// x\n".repeat(600_000));
    await expectError(
      "read_source",
      { path: `${mcp.snapshotDir}/huge.ts:1` },
      /over the 2097152-byte limit/,
    );
    const big = Deno.serve(
      { hostname: "127.0.0.1", port: 0, onListen: () => {} },
      () => new Response(JSON.stringify({ pad: "x".repeat(2_000_000) })),
    );
    try {
      await expectError(
        "get_stats",
        { url: `http://127.0.0.1:${big.addr.port}/stats` },
        /returned more than 1048576 bytes[\s\S]*Next step/,
      );
    } finally {
      await big.shutdown();
    }

    await expectError(
      "compare_snapshots",
      { before: "nope", after: "nada" },
      /before: no snapshot "nope"[\s\S]*Next step/,
    );
    await Deno.writeTextFile(
      `${dir}/corrupt.heapsnapshot`,
      '{"snapshot":{"meta":{"node_fields":["type"',
    );
    await Deno.writeTextFile(`${dir}/notjson.heapsnapshot`, "hello, I am not a snapshot");
    await expectError(
      "compare_snapshots",
      { before: "corrupt", after: "notjson" },
      // Both files are parsed at once: whichever fails first is named.
      /(corrupt|notjson)\.heapsnapshot: byte \d+[\s\S]*Next step/,
    );
    await expectError(
      "find_retainers",
      { snapshot: "notjson", target: "Foo" },
      /notjson\.heapsnapshot: byte \d+/,
    );
    await expectError(
      "summarize_snapshot",
      { snapshot: "corrupt" },
      /corrupt\.heapsnapshot: byte \d+[\s\S]*Next step/,
    );
    await expectError("summarize_snapshot", { snapshot: "nope" }, /no snapshot "nope"[\s\S]*Next/);
    await expectError("capture_snapshot", { label: "x" }, /No inspector session/);
    await expectError("capture_snapshot", { label: "///" }, /has no usable characters/);

    // After all that, the server still serves.
    const ok = await mcp.call("connect_inspector", { port: target.inspectPort });
    assert(!ok.isError, textOf(ok));
  } finally {
    await mcp.close();
    await target.stop();
  }
});

Deno.test("faults: concurrent capture refused; target exits mid-capture leaves no file and no session", async () => {
  const target = await startLeakyTarget("deno", 300_000);
  const mcp = await startMcpSession();
  const dir = `${REPO_ROOT}/${mcp.snapshotDir}`;
  try {
    const c = await mcp.call("connect_inspector", { port: target.inspectPort });
    assert(!c.isError, textOf(c));
    let killed = false;
    let second: ReturnType<typeof mcp.call> | undefined;
    // On the first progress notification V8 is building the snapshot: a second capture must be
    // refused now; then the target dies.
    const onProgress = () => {
      if (killed) return;
      killed = true;
      second = mcp.call("capture_snapshot", { label: "second" });
      second.then(() => target.child.kill("SIGKILL"));
    };
    const first = await mcp.call("capture_snapshot", { label: "dies" }, { onProgress });
    assert(killed, "the target was killed during the capture");
    const secondResult = await second!;
    assert(secondResult.isError);
    assertMatch(textOf(secondResult), /Another capture_snapshot is running \(started \d+ s ago\)/);
    assert(first.isError, textOf(first));
    assertMatch(textOf(first), /went away[\s\S]*partial file was removed[\s\S]*Next step/);
    const left = [];
    try {
      for await (const e of Deno.readDir(dir)) left.push(e.name);
    } catch { /* never created: also fine */ }
    assertEquals(left, [], "no partial snapshot or temp file");
    const usage = await mcp.call("get_heap_usage");
    assertMatch(
      textOf(usage),
      /No inspector session: the session with Deno [\d.]+ \S+leaky_target\.ts ended: the target closed the connection/,
    );
    assertMatch(
      mcp.logs.join("\n"),
      /leaky_target\.ts ended/,
      "the client was told via an MCP log",
    );
    const list = await mcp.call("list_snapshots");
    assertEquals(list.structuredContent?.snapshots, []);
  } finally {
    await mcp.close();
    await target.stop();
  }
});

Deno.test("client goes away mid-capture: the server cleans up its temp file and exits", async () => {
  const target = await startLeakyTarget("deno", 100_000);
  const mcp = await startMcpSession();
  const dir = `${REPO_ROOT}/${mcp.snapshotDir}`;
  try {
    assert(!(await mcp.call("connect_inspector", { port: target.inspectPort })).isError);
    let closing: Promise<void> | undefined;
    const capture = mcp.call("capture_snapshot", { label: "abandoned" }, {
      onProgress: () => closing ??= mcp.client.close(),
    }).catch((e) => e);
    await capture;
    await closing;
    const left: string[] = [];
    for await (const e of Deno.readDir(dir)) left.push(e.name);
    assertEquals(left, [], "no snapshot and no temp file left behind");
    assertMatch(mcp.stderr(), /shutting down/);
    // The target is still fine and debuggable by a new session (once V8 has finished the
    // abandoned snapshot, which it does not cancel).
    const again = await startMcpSession();
    try {
      assert(!(await again.call("connect_inspector", { port: target.inspectPort })).isError);
    } finally {
      await again.close();
    }
  } finally {
    await mcp.close();
    await target.stop();
  }
});

Deno.test("a partial capture left by a killed server is swept at the next start (stale only)", async () => {
  const snapshotDir = `snapshots/test-${crypto.randomUUID().slice(0, 8)}`;
  const dir = `${REPO_ROOT}/${snapshotDir}`;
  await Deno.mkdir(dir, { recursive: true });
  const stale = `${dir}/killed.heapsnapshot.tmp-0badc0de`;
  const fresh = `${dir}/running.heapsnapshot.tmp-12345678`;
  const mine = `${dir}/notes.heapsnapshot.tmp-keep`; // not our naming: never touched
  for (const f of [stale, fresh, mine]) await Deno.writeTextFile(f, '{"snapshot":');
  const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
  await Deno.utime(stale, twoHoursAgo, twoHoursAgo);
  await Deno.utime(mine, twoHoursAgo, twoHoursAgo);
  const mcp = await startMcpSession({ snapshotDir });
  try {
    const left: string[] = [];
    for await (const e of Deno.readDir(dir)) left.push(e.name);
    assertEquals(left.sort(), ["notes.heapsnapshot.tmp-keep", "running.heapsnapshot.tmp-12345678"]);
    assertMatch(
      mcp.stderr(),
      /removed a stale partial capture: .*killed\.heapsnapshot\.tmp-0badc0de/,
    );
  } finally {
    await mcp.close();
  }
});
