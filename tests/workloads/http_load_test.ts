/**
 * The HTTP load: every request counted once (answered by status, or failed with a reason), no
 * more in flight than asked, latency percentiles, and cancellation.
 */

import { sendHttpLoad } from "../../workloads/mod.ts";
import { assert, assertEquals, assertRejects } from "../support/assert.ts";
import { serveLocal } from "../support/local_server.ts";

Deno.test("sendHttpLoad: answered and timed-out requests each counted once", async () => {
  let n = 0;
  const server = serveLocal(async () => {
    if (++n % 5 === 0) await new Promise((r) => setTimeout(r, 400));
    return new Response("ok");
  });
  try {
    const r = await sendHttpLoad({
      url: new URL(`${server.origin}/`),
      method: "GET",
      count: 20,
      concurrency: 5,
      timeoutMs: 150,
    });
    assertEquals([r.requests, r.answered, r.failed], [20, 16, 4]);
    assertEquals(r.statusCounts, { "200": 16 });
    assertEquals(r.errors, ["no answer within 150 ms"]);
    assert(r.latencyMs && r.latencyMs.p50 <= r.latencyMs.p95 && r.latencyMs.p95 <= r.latencyMs.max);
  } finally {
    await server.close();
  }
});

Deno.test("sendHttpLoad: aborting stops it with the signal's reason", async () => {
  const server = serveLocal(async () => {
    await new Promise((r) => setTimeout(r, 20));
    return new Response("ok");
  });
  try {
    const stop = new AbortController();
    let done = 0;
    const run = sendHttpLoad({
      url: new URL(`${server.origin}/`),
      method: "GET",
      count: 1000,
      concurrency: 2,
      timeoutMs: 5000,
      signal: stop.signal,
      onProgress: (d) => {
        done = d;
        if (d === 4) stop.abort(new Error("enough"));
      },
    });
    await assertRejects(() => run, Error, "enough");
    assert(done < 1000, `stopped early (${done})`);
  } finally {
    await server.close();
  }
});

Deno.test("sendHttpLoad: {i} and {uuid} in url, body and header values make each request distinct, counting from firstIndex", async () => {
  const seen: { path: string; body: string; client: string | null }[] = [];
  const server = serveLocal(async (req) => {
    const u = new URL(req.url);
    seen.push({
      path: u.pathname + u.search,
      body: await req.text(),
      client: req.headers.get("x-client-id"),
    });
    return new Response("ok");
  });
  try {
    const r = await sendHttpLoad({
      url: `${server.origin}/cache/{i}?k={uuid}`,
      method: "POST",
      body: '{"n":{i},"k":"{uuid}"}',
      headers: { "x-client-id": "ios-{i}-{uuid}" },
      count: 6,
      concurrency: 3,
      timeoutMs: 5000,
      firstIndex: 41,
    });
    assertEquals([r.answered, r.nextIndex], [6, 47]);
    const paths = seen.map((s) => s.path.split("?")[0]).sort();
    assertEquals(paths, [41, 42, 43, 44, 45, 46].map((i) => `/cache/${i}`));
    for (const s of seen) {
      const { n, k } = JSON.parse(s.body);
      assertEquals(s.path, `/cache/${n}?k=${k}`, "one request's URL and body share {i} and {uuid}");
      assertEquals(s.client, `ios-${n}-${k}`, "and so do its header values");
    }
    assertEquals(new Set(seen.map((s) => s.body)).size, 6);
  } finally {
    await server.close();
  }
});

Deno.test("sendHttpLoad: a mix of endpoints sent in turn, count each, sharing {i} per turn", async () => {
  const seen: string[] = [];
  const server = serveLocal(async (req) => {
    const u = new URL(req.url);
    seen.push(`${req.method} ${u.pathname} ${await req.text()} ${req.headers.get("x-user")}`);
    return new Response("ok");
  });
  try {
    const r = await sendHttpLoad({
      url: `${server.origin}/contracts/{i}`,
      method: "GET",
      headers: { "x-user": "clerk{i}" },
      more: [{ url: `${server.origin}/sign/{i}`, method: "POST", body: '{"n":{i}}' }],
      count: 3,
      concurrency: 1,
      timeoutMs: 5000,
      firstIndex: 7,
    });
    assertEquals([r.requests, r.answered, r.nextIndex], [6, 6, 10]);
    // Each endpoint's answers apart, as given.
    assertEquals(r.endpoints, [
      {
        method: "GET",
        url: `${server.origin}/contracts/{i}`,
        statusCounts: { "200": 3 },
        failed: 0,
      },
      { method: "POST", url: `${server.origin}/sign/{i}`, statusCounts: { "200": 3 }, failed: 0 },
    ]);
    assertEquals(seen, [
      "GET /contracts/7  clerk7",
      'POST /sign/7 {"n":7} null',
      "GET /contracts/8  clerk8",
      'POST /sign/8 {"n":8} null',
      "GET /contracts/9  clerk9",
      'POST /sign/9 {"n":9} null',
    ]);
  } finally {
    await server.close();
  }
});

Deno.test("sendHttpLoad: each endpoint of a mix keeps its own refusals", async () => {
  const server = serveLocal((req) => {
    const path = new URL(req.url).pathname;
    if (path.startsWith("/suppliers/")) return new Response("unknown supplier", { status: 404 });
    return new Response("no price for that SKU", { status: 404 });
  });
  try {
    const r = await sendHttpLoad({
      url: `${server.origin}/suppliers/s{i}/files`,
      method: "POST",
      more: [{ url: `${server.origin}/prices/BB-{i}`, method: "GET" }],
      count: 2,
      concurrency: 1,
      timeoutMs: 5000,
    });
    assertEquals(r.endpoints?.map((e) => e.refusals), [
      { "404": "unknown supplier" },
      { "404": "no price for that SKU" },
    ]);
    assertEquals(r.refusals, { "404": "unknown supplier" });
  } finally {
    await server.close();
  }
});

Deno.test("sendHttpLoad: a mix's turns run side by side, each turn's requests in order", async () => {
  // Issue a pass, then swipe it: a swipe that arrives before its pass is refused.
  const passes = new Set<string>();
  let refused = 0;
  let inFlight = 0;
  let most = 0;
  const server = serveLocal(async (req) => {
    const u = new URL(req.url);
    inFlight++;
    most = Math.max(most, inFlight);
    await new Promise((r) => setTimeout(r, u.pathname.startsWith("/guests") ? 15 : 1));
    inFlight--;
    const code = u.pathname.split("/").at(-1)!;
    if (u.pathname.startsWith("/guests")) passes.add(code);
    else if (!passes.delete(code)) refused++;
    return new Response("ok");
  });
  try {
    const r = await sendHttpLoad({
      url: `${server.origin}/guests/{i}`,
      method: "POST",
      more: [{ url: `${server.origin}/swipe/{i}`, method: "POST" }],
      count: 12,
      concurrency: 4,
      timeoutMs: 5000,
    });
    assertEquals([r.requests, r.answered, refused, passes.size], [24, 24, 0, 0]);
    assert(most > 1, "turns run side by side");
  } finally {
    await server.close();
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

Deno.test("sendHttpLoad: a server that never answers is given up at the total time limit", async () => {
  const silent = silentServer();
  try {
    const started = performance.now();
    const r = await sendHttpLoad({
      url: new URL(`http://127.0.0.1:${silent.port}/`),
      method: "GET",
      count: 10_000,
      concurrency: 50,
      timeoutMs: 120_000,
      totalTimeoutMs: 300,
    });
    assert(performance.now() - started < 2000, "stopped at the limit");
    assertEquals([r.answered, r.failed], [0, 0]);
    assertEquals(
      r.stoppedEarly,
      "the 0.3 s total time limit passed after 0 of 10000 requests (50 in flight were cut off)",
    );
  } finally {
    silent.close();
  }
});

Deno.test("sendHttpLoad: a slow server's run stops at the limit with what was answered", async () => {
  const server = serveLocal(async () => {
    await new Promise((r) => setTimeout(r, 50));
    return new Response("ok");
  });
  try {
    const r = await sendHttpLoad({
      url: new URL(`${server.origin}/slow`),
      method: "GET",
      count: 10_000,
      concurrency: 2,
      timeoutMs: 10_000,
      totalTimeoutMs: 400,
    });
    assert(r.answered >= 2 && r.answered < 30, `${r.answered} answered`);
    assertEquals(r.failed, 0);
    assert(
      /^the 0\.4 s total time limit passed after \d+ of 10000 requests/.test(r.stoppedEarly ?? ""),
      r.stoppedEarly,
    );
  } finally {
    await server.close();
  }
});

Deno.test("sendHttpLoad: the start of the first refusal of each status is kept, on one line", async () => {
  const server = serveLocal((req) => {
    const n = Number(new URL(req.url).pathname.split("/").pop());
    if (n % 2) return new Response("ok");
    return n % 4
      ? new Response(`{"error":\n  "postcode ${n} is not valid"}`, { status: 400 })
      : new Response("x".repeat(5000), { status: 503 });
  });
  try {
    const r = await sendHttpLoad({
      url: `${server.origin}/p/{i}`,
      method: "GET",
      count: 8,
      concurrency: 1,
      timeoutMs: 5000,
      firstIndex: 1,
    });
    assertEquals(r.statusCounts, { "200": 4, "400": 2, "503": 2 });
    assertEquals(r.refusals?.["400"], '{"error": "postcode 2 is not valid"}');
    assertEquals(r.refusals?.["503"].length, 120);
  } finally {
    await server.close();
  }
});
