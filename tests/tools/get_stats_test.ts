/**
 * `get_stats` in process against a real HTTP server in this process: the first reading, then
 * what changed, and every endpoint it refuses (too big, not JSON, an error status, nothing
 * listening, not loopback).
 */

import { getStats } from "../../tools/get_stats.ts";
import { assert, assertEquals, assertMatch } from "../support/assert.ts";
import { FakeHost, runTool } from "../support/fake_host.ts";
import { serveLocal } from "../support/local_server.ts";
import { freePort } from "../support/ports.ts";

Deno.test("get_stats: the first reading, then the numeric fields that changed", async () => {
  let records = 0;
  const server = serveLocal(() => Response.json({ records, cache: { hits: 7 }, name: "app" }));
  try {
    const host = new FakeHost();
    const url = `${server.origin}/stats`;
    const first = await runTool(getStats, { url }, host);
    assert(!first.isError, first.text);
    assertEquals(first.structured?.firstReading, true);
    assertMatch(first.text, /records=0, cache\.hits=7\n\(First reading of this URL/);
    records = 300;
    const second = await runTool(getStats, { url }, host);
    assertEquals(second.structured?.changes, [
      { key: "records", before: 0, after: 300, delta: 300 },
    ]);
    assertMatch(second.text, /Changed since the previous reading: records 0 → 300 \(\+300\)/);
    const third = await runTool(getStats, { url }, host);
    assertMatch(third.text, /No numeric field changed/);
  } finally {
    await server.close();
  }
});

Deno.test("get_stats: too big, not JSON, an error status, nothing listening, not loopback", async () => {
  const server = serveLocal((req) => {
    const path = new URL(req.url).pathname;
    if (path === "/big") return new Response(JSON.stringify({ pad: "x".repeat(2_000_000) }));
    if (path === "/html") return new Response("<html>hi</html>");
    return new Response("gone", { status: 404 });
  });
  const host = new FakeHost();
  const refused = async (url: string, re: RegExp) => {
    const run = await runTool(getStats, { url }, host);
    assert(run.isError, `${url} should fail: ${run.text}`);
    assertMatch(run.text, re);
  };
  try {
    await refused(`${server.origin}/big`, /returned more than 1048576 bytes[\s\S]*Next step/);
    await refused(
      `${server.origin}/html`,
      /did not return JSON \(starts with "<html>[\s\S]*Next step/,
    );
    await refused(`${server.origin}/x`, /answered HTTP 404[\s\S]*Next step/);
    await refused(`http://127.0.0.1:${freePort()}/stats`, /Could not reach[\s\S]*Next step/);
    await refused("http://192.0.2.7:8086/stats", /not a loopback address[\s\S]*--allow-remote/);
    await refused("ftp://127.0.0.1/stats", /scheme "ftp:" is not allowed/);
  } finally {
    await server.close();
  }
});

Deno.test("get_stats: a URL's credentials are used but never shown back; big stats fit the budget", async () => {
  let auth = "";
  const server = serveLocal((req) => {
    auth = req.headers.get("authorization") ?? "";
    const many = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i]));
    return Response.json({ activeConnections: 1, many });
  });
  try {
    const url = `http://admin:s3cret@127.0.0.1:${server.port}/stats`;
    const run = await runTool(getStats, { url }, new FakeHost());
    assert(!run.isError, run.text);
    assertEquals(auth, `Basic ${btoa("admin:s3cret")}`);
    assertEquals(run.structured?.url, `http://***@127.0.0.1:${server.port}/stats`);
    assert(!JSON.stringify(run).includes("s3cret"));
    assert(JSON.stringify(run.structured).length + run.text.length <= 64 * 1024);
    const missing = await runTool(
      getStats,
      { url: `http://admin:s3cret@127.0.0.1:${freePort()}/stats` },
      new FakeHost(),
    );
    assert(missing.isError);
    assertMatch(missing.text, /Could not reach http:\/\/\*\*\*@127\.0\.0\.1/);
    assert(!missing.text.includes("s3cret"), missing.text);
  } finally {
    await server.close();
  }
});

Deno.test("get_stats: no URL reads the last one again; byte counts shown in KB/MB beside the raw value", async () => {
  let sent = 1_500_000;
  const server = serveLocal(() =>
    Response.json({ bytesTransferred: sent, memory: { rss: 52_428_800 }, messageHistorySize: 700 })
  );
  try {
    const host = new FakeHost();
    const none = await runTool(getStats, {}, host);
    assertMatch(none.text, /^url: no stats URL has been read yet[\s\S]*Next step: Pass/);
    const url = `${server.origin}/stats`;
    const first = await runTool(getStats, { url }, host);
    assertMatch(
      first.text,
      /bytesTransferred=1500000 \(1\.4 MB\), memory\.rss=52428800 \(50\.0 MB\), messageHistorySize=700\n/,
    );
    sent += 2048;
    const again = await runTool(getStats, {}, host);
    assertEquals(again.structured?.url, url);
    assertMatch(
      again.text,
      /bytesTransferred 1500000 \(1\.4 MB\) → 1502048 \(1\.4 MB\) \(\+2048, \+2\.0 KB\)/,
    );
  } finally {
    await server.close();
  }
});
