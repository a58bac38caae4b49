/**
 * `investigate_leak` lets the target settle before each capture: a service whose worker starts
 * the queued jobs once requests pause has started every job the workload queued by then, so the
 * leak (every started job kept) is named with one job per request, not the queue they wait in.
 */

import type { InvestigateLeakResult } from "../../../tools/mod.ts";
import { assert, assertEquals } from "../../support/assert.ts";
import { startInspectTarget } from "../../support/inspect_target.ts";
import { startMcpSession, textOf } from "../../support/mcp_session.ts";

const SCRIPT = new URL("../../support/queued_worker_target.mjs", import.meta.url).pathname;

Deno.test("investigate_leak: a timer's queued work is done before each capture", async () => {
  const mcp = await startMcpSession();
  const target = await startInspectTarget({
    runtime: "node",
    script: SCRIPT,
    withHttpPort: true,
    httpPortFlag: "--port=",
    readyPath: "/healthz",
  });
  try {
    const r = await mcp.call("investigate_leak", {
      port: target.inspectPort,
      workload: { kind: "http", url: `http://127.0.0.1:${target.httpPort}/jobs?id={i}` },
    }, { timeoutMs: 120_000 });
    const text = textOf(r);
    assert(!r.isError, text);
    const s = r.structuredContent as InvestigateLeakResult;
    const first = s.suspects[0] as { name: string; addedPerCycle?: number };
    assertEquals(first?.name, "started", text);
    assertEquals(first.addedPerCycle, 1, text);
  } finally {
    await target.stop();
    await mcp.close();
  }
});
