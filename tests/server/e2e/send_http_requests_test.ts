/**
 * `send_http_requests` over real stdio against a real Deno program with a known leak: the
 * workload it drives shows in the program's own stats, statuses are counted, and the faults
 * (remote host, nothing listening, a GET with a body) come back as errors with a next step.
 */

import { assert, assertEquals, assertMatch } from "../../support/assert.ts";
import { startLeakyTarget } from "../../support/inspect_target.ts";
import { startMcpSession, textOf } from "../../support/mcp_session.ts";
import { freePort } from "../../support/ports.ts";

Deno.test("send_http_requests drives an HTTP workload and counts what the program answered", async () => {
  const target = await startLeakyTarget("deno");
  const mcp = await startMcpSession();
  const base = `http://127.0.0.1:${target.httpPort}`;
  try {
    const progress: number[] = [];
    const r = await mcp.call("send_http_requests", {
      url: `${base}/grow?n=10`,
      count: 40,
      concurrency: 4,
    }, { onProgress: (p) => progress.push(p.progress) });
    assert(!r.isError, textOf(r));
    assertEquals(r.structuredContent?.answered, 40);
    assertEquals(r.structuredContent?.statusCounts, { "200": 40 });
    assertEquals(r.structuredContent?.failed, 0);
    assert(progress.length > 0, "progress notifications arrived");
    assertMatch(
      textOf(r),
      /40 × GET .*\/grow\?n=10 in [\d.]+ s: 40 answered \(200 ×40\), 0 failed/,
    );

    // The program did the work 40 times: its own counter says so.
    const stats = await mcp.call("get_stats", { url: `${base}/stats` });
    assertEquals((stats.structuredContent?.stats as { records: number }).records, 400);

    const missing = await mcp.call("send_http_requests", { url: `${base}/nope`, count: 3 });
    assert(!missing.isError, "an HTTP error status is an answer, counted");
    assertEquals(missing.structuredContent?.statusCounts, { "404": 3 });

    const expectError = async (args: Record<string, unknown>, re: RegExp) => {
      const e = await mcp.call("send_http_requests", args);
      assert(e.isError, `${JSON.stringify(args)} should fail: ${textOf(e)}`);
      assertMatch(textOf(e), re);
    };
    await expectError({ url: "http://192.0.2.7/x" }, /not a loopback address[\s\S]*Next step/);
    await expectError(
      { url: `http://127.0.0.1:${freePort()}/x`, count: 3 },
      /None of 3 requests[\s\S]*Next step: Check that the program is running/,
    );
    await expectError({ url: `${base}/grow`, body: "{}" }, /GET request cannot carry a body/);
    await expectError({ url: `${base}/grow`, count: 20_000 }, /at most 10000/);
  } finally {
    await mcp.close();
    await target.stop();
  }
});
