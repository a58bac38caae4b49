/**
 * Fault injection: the MCP server over real stdio, started as mcp.json says, against real
 * targets that misbehave — a busy loop, SIGSTOP/SIGCONT, a kill mid-capture — and against
 * hostile files, racing calls, answers that would be huge and a server started from `/`. One
 * test per numbered item of the hardening issue (#1–#8), then its smaller items. Each asserts
 * the error text, that the server answers its next call within 2 s, that nothing is left on
 * disk under a final name, and that the server's peak RSS stays under {@link SERVER_PEAK_RSS}.
 *
 * The server runs with `--target-timeout=3`, so a silent target is given up after 3 s instead
 * of the default 30.
 */

import { assert, assertEquals, assertMatch } from "../../support/assert.ts";
import {
  type InspectTarget,
  startInspectTarget,
  startLeakyTarget,
} from "../../support/inspect_target.ts";
import {
  type McpTestSession,
  REPO_ROOT,
  startMcpSession,
  textOf,
} from "../../support/mcp_session.ts";
import { serveLocal } from "../../support/local_server.ts";
import { freePort } from "../../support/ports.ts";
import { unpackTestSnapshots } from "../../support/testdata.ts";
import { McpSession } from "../../../demo/mcp_client.ts";
// @ts-types="@modelcontextprotocol/sdk/types"
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

const MB = 1 << 20;
/** Seconds a silent target is given (the server's --target-timeout). */
const TARGET_TIMEOUT_S = 3;
/** After any fault the server answers its next call within this. */
const NEXT_CALL_MS = 2000;
/**
 * The server's peak RSS, whatever the test threw at it. It idles near 100 MB here; the bound is
 * stated with room for a shared machine and for the analysis workers of a real snapshot.
 */
const SERVER_PEAK_RSS = 600 * MB;
/** The answer budget, plus the SDK's wrapping of the content. */
const ANSWER_WIRE_MAX = 64 * 1024 + 256;

const FROZEN_TARGET = new URL("../../support/frozen_target.ts", import.meta.url).pathname;

function startFrozenTarget(records = 0): Promise<InspectTarget> {
  return startInspectTarget({
    runtime: "deno",
    script: FROZEN_TARGET,
    withHttpPort: true,
    args: [String(records)],
    readyPath: "/stats",
  });
}

function startServer(o: { roots?: string[] } = {}): Promise<McpTestSession> {
  return startMcpSession({ extraArgs: [`--target-timeout=${TARGET_TIMEOUT_S}`], roots: o.roots });
}

interface Timed {
  r: CallToolResult;
  text: string;
  ms: number;
}

async function timed(
  mcp: { call: McpTestSession["call"] },
  tool: string,
  args: Record<string, unknown> = {},
): Promise<Timed> {
  const started = performance.now();
  const r = await mcp.call(tool, args);
  return { r, text: textOf(r), ms: Math.round(performance.now() - started) };
}

/** The check after every fault: the server answers list_snapshots within 2 s. */
async function assertAnswersPromptly(mcp: McpTestSession, after: string): Promise<void> {
  const next = await timed(mcp, "list_snapshots");
  assert(!next.r.isError, `${after}: list_snapshots failed: ${next.text}`);
  assert(next.ms < NEXT_CALL_MS, `${after}: the next call took ${next.ms} ms`);
  console.log(`  after ${after}: the next call answered in ${next.ms} ms`);
}

function snapshotDirOf(mcp: McpTestSession): string {
  return `${REPO_ROOT}/${mcp.snapshotDir}`;
}

/** Names in the server's snapshot directory (none when it does not exist yet). */
async function filesIn(mcp: McpTestSession): Promise<string[]> {
  const names: string[] = [];
  try {
    for await (const e of Deno.readDir(snapshotDirOf(mcp))) names.push(e.name);
  } catch { /* not created */ }
  return names.sort();
}

/** The server process's peak RSS and thread count, from /proc (Linux). */
async function serverProc(mcp: McpTestSession): Promise<{ peakRss: number; threads: number }> {
  const status = await Deno.readTextFile(`/proc/${mcp.pid}/status`);
  return {
    peakRss: Number(/VmHWM:\s*(\d+)/.exec(status)![1]) * 1024,
    threads: Number(/Threads:\s*(\d+)/.exec(status)![1]),
  };
}

async function assertRssBounded(mcp: McpTestSession, what: string): Promise<void> {
  const { peakRss } = await serverProc(mcp);
  console.log(`  ${what}: server peak RSS ${(peakRss / MB).toFixed(0)} MB`);
  assert(peakRss <= SERVER_PEAK_RSS, `${what}: server peak RSS ${peakRss} > ${SERVER_PEAK_RSS}`);
}

/** JSON characters the answer took on the wire (content and structured content). */
function wireChars(r: CallToolResult): number {
  return JSON.stringify(r.content).length + JSON.stringify(r.structuredContent ?? null).length;
}

/** No stack trace reached the server's stderr. */
function assertNoStackTrace(mcp: McpTestSession): void {
  assert(!/\n\s+at \S+ \(/.test(mcp.stderr()), `stack trace on stderr:\n${mcp.stderr()}`);
}

function kill(target: InspectTarget, signal: Deno.Signal): void {
  try {
    Deno.kill(target.child.pid, signal);
  } catch { /* already gone */ }
}

Deno.test("#1 busy loop: the capture gives up after the target timeout, nothing is written, the lock is free", async () => {
  const busy = await startFrozenTarget(20_000);
  const healthy = await startLeakyTarget("deno");
  const mcp = await startServer();
  try {
    assert(!(await mcp.call("connect_inspector", { port: busy.inspectPort })).isError);
    await (await fetch(`http://127.0.0.1:${busy.httpPort}/busy`)).text();
    await new Promise((r) => setTimeout(r, 200));
    const capture = await timed(mcp, "capture_snapshot", { label: "busy" });
    assert(capture.r.isError, capture.text);
    assertMatch(
      capture.text,
      /^The target did not answer HeapProfiler\.collectGarbage \(a full garbage collection\) within 3 s: it is busy \(a long synchronous loop keeps V8 from answering\) or stopped \(SIGSTOP, Ctrl-Z, paused in a debugger\)\.\nNext step: Check the program: resume it/,
    );
    assert(capture.ms < (TARGET_TIMEOUT_S + 2) * 1000, `gave up after ${capture.ms} ms`);
    console.log(`  a busy target's capture gave up after ${capture.ms} ms`);
    await assertAnswersPromptly(mcp, "a busy target's capture");
    assertEquals(await filesIn(mcp), []);
    // The session lock is free: connect elsewhere at once (closing the busy session) and capture.
    const other = await timed(mcp, "connect_inspector", { port: healthy.inspectPort });
    assert(!other.r.isError, other.text);
    assert(other.ms < NEXT_CALL_MS, `connect took ${other.ms} ms`);
    const ok = await timed(mcp, "capture_snapshot", { label: "healthy" });
    assert(!ok.r.isError, ok.text);
    assertEquals(await filesIn(mcp), ["healthy.heapsnapshot", "healthy.scripts.json"]);
    assertNoStackTrace(mcp);
    await assertRssBounded(mcp, "#1 busy loop");
  } finally {
    await mcp.close();
    await busy.stop();
    await healthy.stop();
  }
});

Deno.test("#1 SIGSTOP mid-snapshot, then SIGCONT: abandoned, the late snapshot never lands, capture works again", async () => {
  const target = await startFrozenTarget(400_000);
  const mcp = await startServer();
  try {
    assert(!(await mcp.call("connect_inspector", { port: target.inspectPort })).isError);
    let stopped = false;
    const started = performance.now();
    const late = await mcp.call("capture_snapshot", { label: "late" }, {
      // The first progress: V8 is building the snapshot. Freeze the whole process now.
      onProgress: () => {
        if (!stopped) kill(target, "SIGSTOP");
        stopped = true;
      },
    });
    const ms = performance.now() - started;
    assert(stopped, "the target was stopped during the capture");
    assert(late.isError, textOf(late));
    assertMatch(
      textOf(late),
      /^The target (stopped sending the heap snapshot after \d+ bytes: nothing came|did not send the heap snapshot) within 3 s: it is busy .* or stopped \(SIGSTOP, .*\)\. The capture was abandoned and its partial file removed; a snapshot the target sends later is ignored\.\nNext step: /,
    );
    assert(ms < 15_000, `gave up after ${ms} ms`);
    console.log(`  a capture stopped mid-snapshot gave up after ${Math.round(ms)} ms`);
    assertEquals(await filesIn(mcp), [], "no partial file");
    await assertAnswersPromptly(mcp, "a stopped target's capture");
    // V8 still owes the abandoned snapshot: a new capture says so at once.
    const again = await timed(mcp, "capture_snapshot", { label: "again" });
    assert(again.ms < NEXT_CALL_MS, `refused after ${again.ms} ms`);
    assertMatch(
      again.text,
      /^An earlier capture from this target was given up \d+ s ago, but the target has not finished it yet/,
    );
    kill(target, "SIGCONT");
    // Once V8 has sent the late snapshot (ignored), the session captures again.
    let resumed: Timed | undefined;
    for (let i = 0; i < 60; i++) {
      resumed = await timed(mcp, "capture_snapshot", { label: "after-resume" });
      if (!/An earlier capture/.test(resumed.text)) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    assert(resumed && !resumed.r.isError, resumed?.text);
    assertEquals(await filesIn(mcp), ["after-resume.heapsnapshot", "after-resume.scripts.json"]);
    assertNoStackTrace(mcp);
    await assertRssBounded(mcp, "#1 SIGSTOP/SIGCONT");
  } finally {
    kill(target, "SIGCONT");
    await mcp.close();
    await target.stop();
  }
});

Deno.test("#1 SIGSTOP, the client gives up: the lock is free at once; disconnect and connect elsewhere work", async () => {
  const target = await startFrozenTarget();
  const healthy = await startLeakyTarget("deno");
  const mcp = await startServer();
  try {
    assert(!(await mcp.call("connect_inspector", { port: target.inspectPort })).isError);
    kill(target, "SIGSTOP");
    // The SDK cancels the request when its own timeout passes (notifications/cancelled).
    const cancelled = await mcp.call("capture_snapshot", { label: "cancelled" }, {
      timeoutMs: 1000,
    })
      .then((r) => `answered: ${textOf(r)}`, (e) => String(e));
    assertMatch(cancelled, /Request timed out/);
    await assertAnswersPromptly(mcp, "a cancelled capture");
    const heap = await timed(mcp, "get_heap_usage");
    assertMatch(heap.text, /^The target did not answer Runtime\.getHeapUsage within 3 s/);
    const off = await timed(mcp, "disconnect_inspector");
    assert(!off.r.isError, off.text);
    assert(off.ms < NEXT_CALL_MS, `disconnect took ${off.ms} ms`);
    assertMatch(off.text, /^Disconnected from Deno/);
    const other = await timed(mcp, "connect_inspector", { port: healthy.inspectPort });
    assert(!other.r.isError && other.ms < NEXT_CALL_MS, `${other.ms} ms: ${other.text}`);
    assertEquals(await filesIn(mcp), []);
    await assertRssBounded(mcp, "#1 client cancel");
  } finally {
    kill(target, "SIGCONT");
    await mcp.close();
    await target.stop();
    await healthy.stop();
  }
});

Deno.test("#1 kill mid-capture: the capture says the target went away and leaves nothing", async () => {
  const target = await startFrozenTarget(300_000);
  const mcp = await startServer();
  try {
    assert(!(await mcp.call("connect_inspector", { port: target.inspectPort })).isError);
    let killed = false;
    const r = await mcp.call("capture_snapshot", { label: "killed" }, {
      onProgress: () => {
        if (!killed) kill(target, "SIGKILL");
        killed = true;
      },
    });
    assert(killed && r.isError, textOf(r));
    assertMatch(textOf(r), /went away[\s\S]*partial file was removed[\s\S]*Next step: Restart/);
    assertEquals(await filesIn(mcp), []);
    await assertAnswersPromptly(mcp, "a killed target");
    await assertRssBounded(mcp, "#1 kill");
  } finally {
    await mcp.close();
    await target.stop();
  }
});

Deno.test("#4 concurrent connects run one after the other; a capture sent meanwhile runs on the survivor", async () => {
  const first = await startFrozenTarget();
  const second = await startLeakyTarget("deno");
  const mcp = await startServer();
  try {
    const connectA = mcp.call("connect_inspector", { port: first.inspectPort });
    const connectB = mcp.call("connect_inspector", { port: second.inspectPort });
    await new Promise((r) => setTimeout(r, 30)); // while A (then B) is still connecting
    const capture = mcp.call("capture_snapshot", { label: "raced" });
    const [a, b, c] = await Promise.all([connectA, connectB, capture]);
    assert(!a.isError && !b.isError, `${textOf(a)}\n${textOf(b)}`);
    assertEquals(a.structuredContent?.replacedPrevious, false);
    assertEquals(b.structuredContent?.replacedPrevious, true);
    assertMatch(textOf(b), /\(The previous session was closed\.\)/);
    assert(!c.isError, textOf(c));
    const sidecar = JSON.parse(
      await Deno.readTextFile(`${snapshotDirOf(mcp)}/raced.scripts.json`),
    );
    assertMatch(sidecar.target.url, /leaky_target\.ts$/, "captured from the second target");
    const heap = await timed(mcp, "get_heap_usage");
    assert(!heap.r.isError, heap.text);
    await assertRssBounded(mcp, "#4 races");
  } finally {
    await mcp.close();
    await first.stop();
    await second.stop();
  }
});

Deno.test("#5 a symlink out of the roots and FIFOs in the snapshot directory are refused at once", async () => {
  const mcp = await startServer();
  const dir = snapshotDirOf(mcp);
  const outside = await Deno.makeTempFile({ suffix: ".heapsnapshot" });
  try {
    await Deno.writeTextFile(outside, '{"snapshot": "SECRET-7f3a"}');
    await Deno.mkdir(dir, { recursive: true });
    await Deno.symlink(outside, `${dir}/evil.heapsnapshot`);
    for (const ref of ["evil", `${mcp.snapshotDir}/evil.heapsnapshot`]) {
      const r = await timed(mcp, "summarize_snapshot", { snapshot: ref });
      assertMatch(
        r.text,
        /evil\.heapsnapshot \(→ \/\S+\) is outside the directories this server may read/,
      );
      assert(!r.text.includes("SECRET"), r.text);
    }
    const fifo = await new Deno.Command("mkfifo", { args: [`${dir}/pipe.heapsnapshot`] }).output();
    assert(fifo.success, "mkfifo works here");
    await unpackTestSnapshots(dir, ["deno-before"]);
    await Deno.remove(`${dir}/deno-before.scripts.json`);
    await new Deno.Command("mkfifo", { args: [`${dir}/deno-before.scripts.json`] }).output();
    const threadsBefore = (await serverProc(mcp)).threads;
    for (let i = 0; i < 10; i++) {
      for (
        const [tool, args] of [
          ["summarize_snapshot", { snapshot: "pipe" }],
          ["compare_snapshots", { before: "pipe", after: "pipe" }],
          ["find_retainers", { snapshot: "pipe", target: "Array" }],
        ] as const
      ) {
        const r = await timed(mcp, tool, args);
        assert(r.ms < NEXT_CALL_MS, `${tool} on a FIFO took ${r.ms} ms`);
        assertMatch(
          r.text,
          /pipe\.heapsnapshot is not a regular file \(a pipe, socket or device\); the snapshot must be a regular file/,
        );
      }
    }
    const sidecarFifo = await timed(mcp, "summarize_snapshot", { snapshot: "deno-before" });
    assertMatch(sidecarFifo.text, /deno-before\.scripts\.json is not a regular file/);
    const list = await timed(mcp, "list_snapshots");
    assert(list.ms < NEXT_CALL_MS, `list_snapshots took ${list.ms} ms`);
    assertEquals(
      (list.r.structuredContent?.snapshots as { label: string }[]).map((s) => s.label),
      ["deno-before"],
    );
    const threadsAfter = (await serverProc(mcp)).threads;
    assert(
      threadsAfter - threadsBefore < 5,
      `30 calls on FIFOs left ${threadsAfter - threadsBefore} more threads`,
    );
    await assertRssBounded(mcp, "#5 symlink and FIFOs");
  } finally {
    await mcp.close();
    await Deno.remove(outside);
  }
});

Deno.test("#6 a sidecar that cannot be put in place takes the snapshot with it", async () => {
  const target = await startLeakyTarget("deno");
  const mcp = await startServer();
  const dir = snapshotDirOf(mcp);
  try {
    assert(!(await mcp.call("connect_inspector", { port: target.inspectPort })).isError);
    // A non-empty directory holds the sidecar's name: renaming onto it fails.
    await Deno.mkdir(`${dir}/pair.scripts.json`, { recursive: true });
    await Deno.writeTextFile(`${dir}/pair.scripts.json/keep`, "");
    const r = await timed(mcp, "capture_snapshot", { label: "pair" });
    assert(r.r.isError, r.text);
    assertMatch(
      r.text,
      /^The snapshot could not be put in place as \S+pair\.heapsnapshot \(.*\); nothing was kept\.\nNext step: Check /,
    );
    assertEquals(await filesIn(mcp), ["pair.scripts.json"], "only the directory that was there");
    const list = await timed(mcp, "list_snapshots");
    assertEquals(list.r.structuredContent?.snapshots, []);
    await Deno.remove(`${dir}/pair.scripts.json`, { recursive: true });
    const again = await timed(mcp, "capture_snapshot", { label: "pair" });
    assert(!again.r.isError, again.text);
    assertEquals(await filesIn(mcp), ["pair.heapsnapshot", "pair.scripts.json"]);
    await assertRssBounded(mcp, "#6 sidecar");
  } finally {
    await mcp.close();
    await target.stop();
  }
});

/** A TCP server that accepts every connection and never answers (a hung program). */
function silentServer(): { port: number; close(): void } {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const held: Deno.Conn[] = [];
  (async () => {
    try {
      for await (const conn of listener) held.push(conn);
    } catch { /* closed */ }
  })();
  return {
    port: (listener.addr as Deno.NetAddr).port,
    close: () => {
      listener.close();
      for (const c of held) c.close();
    },
  };
}

Deno.test("#7 workloads against a server that never answers stop at their total time limit", async () => {
  const silent = silentServer();
  const mcp = await startServer();
  try {
    const http = await timed(mcp, "send_http_requests", {
      url: `http://127.0.0.1:${silent.port}/`,
      count: 10_000,
      concurrency: 50,
      timeoutMs: 120_000,
      totalTimeoutMs: 2000,
    });
    assert(http.ms < 5000, `send_http_requests answered after ${http.ms} ms`);
    assertMatch(
      http.text,
      /^None of 10000 requests to http:\/\/127\.0\.0\.1:\d+\/ got an answer; the 2 s total time limit passed after 0 of 10000 requests \(50 in flight were cut off\)\./,
    );
    const chat = await timed(mcp, "simulate_connections", {
      url: `ws://127.0.0.1:${silent.port}/ws`,
      clients: 1000,
      durationMs: 60_000,
      staggerMs: 0,
      totalTimeoutMs: 2000,
    });
    assert(chat.ms < 8000, `simulate_connections answered after ${chat.ms} ms`);
    assertMatch(
      chat.text,
      /^None of 1000 clients could connect to ws:\/\/127\.0\.0\.1:\d+\/ws \(first error: stopped before it connected\); the 2 s total time limit passed after 50 of 1000 clients had started/,
    );
    // The schema states the limit; an unknown argument is refused naming the known ones.
    const tooLong = await timed(mcp, "send_http_requests", {
      url: `http://127.0.0.1:${silent.port}/`,
      totalTimeoutMs: 3_600_000,
    });
    assertMatch(tooLong.text, /totalTimeoutMs must be at most 600000 \(10 minutes\) per call/);
    const misspelt = await timed(mcp, "send_http_requests", {
      url: `http://127.0.0.1:${silent.port}/`,
      cuont: 5,
    });
    assertMatch(
      misspelt.text,
      /Unknown argument "cuont": send_http_requests takes url, count, concurrency, method, body, headers, timeoutMs, totalTimeoutMs/,
    );
    await assertAnswersPromptly(mcp, "the workloads");
    await assertRssBounded(mcp, "#7 workloads");
  } finally {
    await mcp.close();
    silent.close();
  }
});

Deno.test("#8 started from / with --allow-read=/: / is no root, /etc/passwd stays unread, the roots are logged", async () => {
  const snapshotDir = `${REPO_ROOT}/snapshots/test-${crypto.randomUUID().slice(0, 8)}`;
  const launch = {
    command: Deno.execPath(),
    args: [
      "run",
      "--quiet",
      "--allow-net=127.0.0.1,localhost,[::1]",
      "--allow-read=/",
      `--allow-write=${snapshotDir}`,
      "--allow-sys=systemMemoryInfo",
      `${REPO_ROOT}/server/main.ts`,
      `--snapshot-dir=${snapshotDir}`,
    ],
    cwd: "/",
  };
  const bare = await McpSession.start(launch);
  try {
    for (const path of ["/etc/passwd", "etc/passwd", "../etc/passwd"]) {
      const r = await bare.callRaw("read_source", { path });
      assert(r.isError, `${path}: ${textOf(r)}`);
      assertMatch(
        textOf(r),
        /is outside the directories this server may read \(\S+snapshots\/test-/,
      );
      assert(!/root:x:0/.test(textOf(r)), "no line of /etc/passwd");
    }
    assertMatch(
      bare.stderr(),
      /read roots: \S+ \(snapshot directory\); the working directory \/ is not one: it is the file system's root/,
    );
  } finally {
    await bare.close();
  }
  // With the client's own root declared, its files are readable; still not /etc.
  const rooted = await McpSession.start(launch, { roots: [REPO_ROOT] });
  try {
    let readme = await rooted.callRaw("read_source", { path: `${REPO_ROOT}/README.md:1` });
    for (let i = 0; readme.isError && i < 20; i++) {
      await new Promise((r) => setTimeout(r, 100)); // the roots arrive just after initialize
      readme = await rooted.callRaw("read_source", { path: `${REPO_ROOT}/README.md:1` });
    }
    assertMatch(textOf(readme), />1 \| # deno-debugger/);
    assert((await rooted.callRaw("read_source", { path: "/etc/passwd" })).isError);
    assertMatch(rooted.stderr(), new RegExp(`${REPO_ROOT} \\(client root\\)`));
  } finally {
    await rooted.close();
    await Deno.remove(snapshotDir, { recursive: true }).catch(() => {});
  }
});

Deno.test("#2 20 MB answers are refused or cut: binary files, minified lines, huge arguments and stats", async () => {
  const big = serveLocal((req) => {
    const path = new URL(req.url).pathname;
    if (path === "/huge") return new Response("x".repeat(20 * MB));
    const many = Object.fromEntries(Array.from({ length: 40_000 }, (_, i) => [`counter${i}`, i]));
    return Response.json({ activeConnections: 0, many });
  });
  const mcp = await startServer();
  const dir = snapshotDirOf(mcp);
  try {
    await Deno.mkdir(dir, { recursive: true });
    await Deno.writeFile(`${dir}/controls.js`, new Uint8Array(1_900_000).fill(1));
    await Deno.writeTextFile(`${dir}/app.min.js`, "x=1;".repeat(475_000) + "\n");
    const binary = await timed(mcp, "read_source", { path: `${mcp.snapshotDir}/controls.js` });
    assertMatch(
      binary.text,
      /controls\.js looks binary \(1900000 control bytes in 1900000\); read_source shows text source files only/,
    );
    const minified = await timed(mcp, "read_source", {
      path: `${mcp.snapshotDir}/app.min.js:1:900000`,
    });
    assert(!minified.r.isError, minified.text);
    assert(wireChars(minified.r) < 4000, `${wireChars(minified.r)} characters for a 1.9 MB line`);
    assertMatch(
      minified.text,
      />1 \| …\[899799 characters\] [;x=1]{400} …\[999801 more characters\]\n\(Long lines/,
    );
    const target = "Z".repeat(5 * MB);
    const huge = await timed(mcp, "find_retainers", { snapshot: "x", target });
    assert(huge.r.isError);
    assert(wireChars(huge.r) < 2000, `${wireChars(huge.r)} characters for a 5 MB argument`);
    assertMatch(huge.text, /Too big: expected string to have <=2000 characters/);
    const tooBig = await timed(mcp, "get_stats", { url: `${big.origin}/huge` });
    assertMatch(tooBig.text, /returned more than 1048576 bytes; that is not a small JSON summary/);
    const wide = await timed(mcp, "get_stats", { url: `${big.origin}/wide` });
    assert(!wide.r.isError, wide.text);
    assert(wireChars(wide.r) <= ANSWER_WIRE_MAX, `${wireChars(wide.r)} characters`);
    assertMatch(wide.text, /\[Answer cut to fit 64 K characters: .*shortened from/);
    await assertAnswersPromptly(mcp, "the huge answers");
    await assertRssBounded(mcp, "#2 huge answers");
  } finally {
    await mcp.close();
    await big.close();
  }
});

Deno.test("#3 nesting bombs through the server: a byte offset, at once, in bounded memory", async () => {
  const mcp = await startServer();
  const dir = snapshotDirOf(mcp);
  try {
    await Deno.mkdir(dir, { recursive: true });
    await unpackTestSnapshots(dir, ["deno-before"]);
    const head = (await Deno.readTextFile(`${dir}/deno-before.heapsnapshot`)).slice(0, 4096);
    const header = head.slice(0, head.indexOf(',\n"nodes"'));
    const file = await Deno.open(`${dir}/bomb.heapsnapshot`, { write: true, create: true });
    await file.write(new TextEncoder().encode(`${header},"trace_tree":`));
    const block = new Uint8Array(MB).fill(0x5b);
    for (let i = 0; i < 150; i++) {
      for (let off = 0; off < block.length;) off += await file.write(block.subarray(off));
    }
    file.close();
    for (
      const [tool, args] of [
        ["summarize_snapshot", { snapshot: "bomb" }],
        ["compare_snapshots", { before: "deno-before", after: "bomb" }],
        ["find_retainers", { snapshot: "bomb", target: "Array" }],
      ] as const
    ) {
      const r = await timed(mcp, tool, args);
      assert(r.ms < NEXT_CALL_MS, `${tool} took ${r.ms} ms`);
      assertMatch(
        r.text,
        /bomb\.heapsnapshot: byte \d+: section "trace_tree" \(from byte \d+\) nests arrays and objects deeper than 100 levels[\s\S]*Next step: /,
      );
    }
    await assertAnswersPromptly(mcp, "the nesting bomb");
    await assertRssBounded(mcp, "#3 150 MB nesting bomb");
  } finally {
    await mcp.close();
  }
});

Deno.test("smaller items: hosts, empty url, permissions, NUL paths, long labels, ..names", async () => {
  const mcp = await startServer();
  const redirect = serveLocal(() => Response.redirect("http://127.0.0.1:1/elsewhere", 302));
  const dir = snapshotDirOf(mcp);
  try {
    const text = async (tool: string, args: Record<string, unknown>) =>
      (await timed(mcp, tool, args)).text;
    assertMatch(
      await text("connect_inspector", { host: "127.0.0.1/x?" }),
      /^host "127\.0\.0\.1\/x\?" is not a host name or IP address/,
    );
    assertMatch(
      await text("connect_inspector", { url: "" }),
      /Too small: expected string to have >=1 characters/,
    );
    assertMatch(
      await text("connect_inspector", { port: redirect.port }),
      /answered GET \/json\/version with a redirect \(HTTP 302 to http:\/\/127\.0\.0\.1:1\/elsewhere\): it is not a V8 inspector/,
    );
    // IPv4-mapped loopback is loopback (Deno's --allow-net=127.0.0.1 takes it too).
    assertMatch(
      await text("connect_inspector", { host: "::ffff:127.0.0.1", port: freePort() }),
      /^Nothing is listening on \[::ffff:7f00:1\]:\d+/,
    );
    // Loopback by our rule, but outside the shipped --allow-net: Deno's fence, and it says so.
    assertMatch(
      await text("connect_inspector", { host: "127.0.0.2", port: freePort() }),
      /^The server's Deno permissions do not allow connecting to 127\.0\.0\.2:\d+ \(.*\)\.\nNext step: Add the host to the server's --allow-net/,
    );
    const nul = await text("read_source", { path: "README.md\u0000.ts" });
    assertMatch(
      nul,
      /^path: the path has a control character \(0x00\) at character 10 \(a NUL byte/,
    );
    assertMatch(
      await text("capture_snapshot", { label: "x".repeat(70) }),
      /is 70 characters long as a file name; at most 64 are allowed/,
    );
    await Deno.mkdir(dir, { recursive: true });
    await Deno.writeTextFile(`${dir}/..hidden.ts`, "export const hidden = 1;\n");
    assertMatch(
      await text("read_source", { path: `${mcp.snapshotDir}/..hidden.ts:1` }),
      />1 \| export const hidden = 1;/,
    );
    assertMatch(
      await text("read_source", { path: "README.md", startLine: 1_000_000_000 }),
      /README\.md has \d+ lines; line 1000000000 is past the end/,
    );
    assertMatch(
      await text("disconnect_inspector", { now: true }),
      /Unknown argument "now": disconnect_inspector takes no arguments/,
    );
    assertNoStackTrace(mcp);
    await assertAnswersPromptly(mcp, "the smaller items");
  } finally {
    await mcp.close();
    await redirect.close();
  }
});
