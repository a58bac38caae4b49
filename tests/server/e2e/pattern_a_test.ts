/**
 * Pattern A end to end over real stdio, as a user's MCP client would run it: the server spawned
 * as mcp.json says, the scenario-6 chat server (and a Node twin of a small leaky program) started
 * with --inspect on free ports, and every step through the tools.
 */

import { assert, assertEquals, assertMatch } from "../../support/assert.ts";
import { startLeakyTarget } from "../../support/inspect_target.ts";
import { startMcpSession, textOf } from "../../support/mcp_session.ts";
import { startChatServer } from "../../support/scenario6_server.ts";

interface Suspect {
  path: string;
  holder: string;
  entriesBefore: number;
  entriesAfter: number;
  location?: { url: string; line: number; display: string };
}

Deno.test("Pattern A on scenario-6/app.ts: the suspects name every leak, with source lines", async () => {
  const app = await startChatServer("leaky", { inspect: true });
  const mcp = await startMcpSession();
  const statsUrl = `${app.httpUrl}/stats`;
  try {
    const c = await mcp.call("connect_inspector", { port: app.inspectPort });
    assert(!c.isError, textOf(c));
    const s0 = await mcp.call("get_stats", { url: statsUrl });
    assert(!s0.isError, textOf(s0));
    const base = await mcp.call("capture_snapshot", { label: "baseline" });
    assert(!base.isError, textOf(base));

    const progress: number[] = [];
    const sim = await mcp.call(
      "simulate_connections",
      { url: app.wsUrl, clients: 50, messages: 5, durationMs: 200, staggerMs: 10 },
      { onProgress: (p) => progress.push(p.progress) },
    );
    assert(!sim.isError, textOf(sim));
    assertEquals(sim.structuredContent?.connected, 50);
    assert(progress.length > 0, "simulate_connections reported progress");
    // It returns only once the server has handled every close, so the snapshot sees no live ones.
    assertEquals(sim.structuredContent?.serverSettled, true);
    assertEquals(sim.structuredContent?.activeConnectionsAfter, 0);

    const after = await mcp.call("capture_snapshot", { label: "after" });
    assert(!after.isError, textOf(after));
    const phases: string[] = [];
    const cmp = await mcp.call("compare_snapshots", {
      before: "baseline",
      after: "after",
      cycles: 50,
    }, { onProgress: (p) => phases.push(p.message ?? "") });
    assert(!cmp.isError, textOf(cmp));
    assert(phases.some((m) => m.length > 0), "compare_snapshots reports its phases in words");
    const text = textOf(cmp);
    const suspects = cmp.structuredContent?.suspects as Suspect[];
    const paths = suspects.map((s) => s.path).join("\n");
    for (const name of ["messageHistory", "userSessions", "connectionDurations", "messageBuffer"]) {
      assertMatch(paths, new RegExp(name), `suspects name ${name}`);
      assertMatch(text, new RegExp(name), `the text names ${name}`);
    }
    const heartbeat = suspects.find((s) => /Timeout|heartbeat/i.test(s.holder + s.path));
    assert(heartbeat, `a suspect names the heartbeat timer:\n${paths}`);
    assertMatch(heartbeat.location?.display ?? "", /app\.ts:\d+/);
    assertEquals(heartbeat.entriesAfter - heartbeat.entriesBefore, 50, "one live timer per client");

    // Follow the heartbeat suspect to its source: the line is the setInterval.
    const src = await mcp.call("read_source", { path: heartbeat.location!.display, context: 2 });
    assert(!src.isError, textOf(src));
    const focus = (src.structuredContent?.lines as { n: number; text: string }[])
      .find((l) => l.n === heartbeat.location!.line);
    assertMatch(
      focus?.text ?? "",
      /setInterval|heartbeat/,
      "read_source returns the suspect's line",
    );

    const s1 = await mcp.call("get_stats", { url: statsUrl });
    const changes = s1.structuredContent?.changes as { key: string; delta: number }[];
    assert(changes.length > 0, textOf(s1));

    // One snapshot alone: the summary names the same collections, with the sizes /stats gives.
    const sum = await mcp.call("summarize_snapshot", { snapshot: "after" });
    assert(!sum.isError, textOf(sum));
    const held = sum.structuredContent?.holders as {
      path: string;
      holder: string;
      instances: number;
      entries: number;
      location?: { display: string };
    }[];
    const byPath = new Map(held.map((h) => [h.path, h]));
    const stats = s1.structuredContent?.stats as Record<string, number>;
    assertEquals(byPath.get("messageHistory")?.entries, stats.messageHistorySize);
    assertEquals(byPath.get("userSessions")?.entries, stats.userSessionsSize);
    assertMatch(byPath.get("messageHistory")?.location?.display ?? "", /app\.ts:\d+/);
    const timers = held.find((h) => h.holder === "Timeout");
    assertEquals(timers?.instances, 50, `one live heartbeat timer per client:\n${textOf(sum)}`);
    assertMatch(textOf(sum), /messageHistory \[Array\] [\d,]+ entries/);
    assert(textOf(sum).length < 4000, `the summary text stays short (${textOf(sum).length} chars)`);
  } finally {
    await mcp.close();
    await app.stop();
  }
});

Deno.test("Pattern A on a node --inspect target: the leaking array is named with its source line", async () => {
  const target = await startLeakyTarget("node");
  const mcp = await startMcpSession();
  try {
    const c = await mcp.call("connect_inspector", { port: target.inspectPort });
    assert(!c.isError, textOf(c));
    assertEquals(c.structuredContent?.runtime, "Node");
    assert(!(await mcp.call("capture_snapshot", { label: "before" })).isError);
    // The user's own workload: 20 requests that each leave 50 records behind.
    for (let i = 0; i < 20; i++) {
      await (await fetch(`http://127.0.0.1:${target.httpPort}/grow?n=50`)).body?.cancel();
    }
    assert(!(await mcp.call("capture_snapshot", { label: "after" })).isError);
    const cmp = await mcp.call("compare_snapshots", {
      before: "before",
      after: "after",
      cycles: 20,
    });
    assert(!cmp.isError, textOf(cmp));
    const suspects = cmp.structuredContent?.suspects as Suspect[];
    const leak = suspects.find((s) => s.path.endsWith("leakedRecords"));
    assert(leak, `leakedRecords is a suspect: ${textOf(cmp)}`);
    assertEquals(leak.entriesAfter - leak.entriesBefore, 1000);
    assertMatch(textOf(cmp), /leakedRecords/);
    assertMatch(leak.location?.display ?? "", /leaky_target\.mjs:\d+/);
    const src = await mcp.call("read_source", { path: leak.location!.display, context: 0 });
    assert(!src.isError, textOf(src));
    assertMatch(textOf(src), /leakedRecords/, "the suspect's line is where the array is used");

    const r = await mcp.call("find_retainers", {
      snapshot: "after",
      target: `@${(leak as Suspect & { nodeId: number }).nodeId}`,
    });
    assert(!r.isError, textOf(r));
    assertMatch(textOf(r), /leakedRecords/);
  } finally {
    await mcp.close();
    await target.stop();
  }
});
