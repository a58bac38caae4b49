/**
 * Process memory over stdio on real Deno and Node targets: `get_heap_usage` finds the target's
 * process (its pid is the child the test started) and reports its RSS beside V8's heap, with
 * the change since the previous reading, and says why a figure is unknown; no code runs in the
 * target unless the server was started with --allow-eval. `capture_snapshot` reports the RSS
 * around the capture.
 */

import type { CaptureSnapshotResult } from "../../../tools/mod.ts";
import { assert, assertEquals, assertMatch } from "../../support/assert.ts";
import { startLeakyTarget } from "../../support/inspect_target.ts";
import { startMcpSession, textOf } from "../../support/mcp_session.ts";

interface Memory {
  pid?: number;
  rss?: number;
  heapUsed: number;
  arrayBuffers?: number;
  external?: number;
  unavailable: { figure: string; why: string }[];
  change?: Record<string, number>;
}

for (const runtime of ["deno", "node"] as const) {
  Deno.test(`get_heap_usage on a ${runtime} target: RSS of its process, heap, the change; no eval by default`, async () => {
    const target = await startLeakyTarget(runtime);
    const mcp = await startMcpSession();
    try {
      assert(!(await mcp.call("connect_inspector", { port: target.inspectPort })).isError);
      await (await fetch(`http://127.0.0.1:${target.httpPort}/grow?n=2000`)).body?.cancel();
      const r = await mcp.call("get_heap_usage");
      assert(!r.isError, textOf(r));
      const m = r.structuredContent as unknown as Memory;
      assertEquals(m.pid, target.child.pid, "the pid is the target's own process");
      assert(m.rss !== undefined && m.rss > m.heapUsed, `RSS ${m.rss} is over the heap's`);
      assert(m.change !== undefined && "rss" in m.change && "heapUsed" in m.change, textOf(r));
      assertMatch(textOf(r), new RegExp(`^Memory of process ${target.child.pid} \\(change since`));
      assertMatch(textOf(r), /RSS: [\d.]+ MB \([+-]/);
      const external = m.unavailable.find((u) => u.figure === "external");
      assertMatch(external?.why ?? "", /--allow-eval/, "external needs evaluation, which is off");
      if (runtime === "deno") {
        assert(m.arrayBuffers !== undefined, "Deno's V8 reports ArrayBuffers");
      }

      const cap = await mcp.call("capture_snapshot", { label: "memory" });
      const c = cap.structuredContent as CaptureSnapshotResult;
      assert(c.rssBefore !== undefined && c.rssAfter !== undefined, textOf(cap));
    } finally {
      await mcp.close();
      await target.stop();
    }
  });
}

Deno.test("get_heap_usage with --allow-eval: external and ArrayBuffer memory from the runtime itself", async () => {
  const target = await startLeakyTarget("node");
  const mcp = await startMcpSession({ extraArgs: ["--allow-eval"] });
  try {
    assert(!(await mcp.call("connect_inspector", { port: target.inspectPort })).isError);
    const r = await mcp.call("get_heap_usage");
    const m = r.structuredContent as unknown as Memory;
    assert(m.external !== undefined && m.arrayBuffers !== undefined, textOf(r));
    assertEquals(m.unavailable, []);
  } finally {
    await mcp.close();
    await target.stop();
  }
});
