/**
 * One run of each kind of workload in the common shape: HTTP requests against a server in this
 * process (templated keys continuing from run to run), chat clients against an in-process chat
 * server, and a wait that stops when cancelled.
 */

import {
  type HttpWorkload,
  runWorkload,
  type Workload,
  workloadCycle,
  workloadUnits,
} from "../../workloads/mod.ts";
import { assert, assertEquals, assertRejects } from "../support/assert.ts";
import { serveLocal, serveLocalChat } from "../support/local_server.ts";

Deno.test("runWorkload http: statuses counted, the next run continues the {i} count", async () => {
  const paths: string[] = [];
  const server = serveLocal((req) => {
    paths.push(new URL(req.url).pathname);
    return new Response("ok", { status: paths.length % 5 === 0 ? 404 : 200 });
  });
  try {
    const w: Workload = {
      kind: "http",
      url: `${server.origin}/u/{i}`,
      count: 10,
      concurrency: 2,
      method: "GET",
      timeoutMs: 5000,
    };
    const first = await runWorkload(w, { firstIndex: 1 });
    assertEquals([first.units, first.succeeded, first.failed], [10, 10, 0]);
    assertEquals(first.statusCounts, { "200": 8, "404": 2 });
    const second = await runWorkload(w, { firstIndex: first.nextIndex });
    assertEquals(second.nextIndex, 21);
    assertEquals(new Set(paths).size, 20, "no key repeats across the two runs");
    assertEquals(workloadUnits(w), 10);
  } finally {
    await server.close();
  }
});

Deno.test("runWorkload chat: clients counted, settled by the server's /stats", async () => {
  const chat = serveLocalChat();
  try {
    const r = await runWorkload({
      kind: "chat",
      url: `ws://127.0.0.1:${chat.port}/ws`,
      clients: 4,
      messages: 2,
      durationMs: 20,
      staggerMs: 0,
    });
    assertEquals([r.units, r.succeeded, r.failed, r.settled], [4, 4, 0, true]);
    assertEquals(chat.messages(), 8);
  } finally {
    await chat.close();
  }
});

Deno.test("runWorkload wait: progress each second; cancelling stops it", async () => {
  const ticks: number[] = [];
  const r = await runWorkload({ kind: "wait", seconds: 1 }, { onProgress: (d) => ticks.push(d) });
  assert(r.elapsedMs >= 950, `waited ${r.elapsedMs} ms`);
  assertEquals([r.units, r.succeeded, ticks], [1, 1, [1]]);
  const stop = new AbortController();
  setTimeout(() => stop.abort(new Error("cancelled")), 50);
  const started = performance.now();
  await assertRejects(
    () => runWorkload({ kind: "wait", seconds: 30 }, { signal: stop.signal }),
    Error,
    "cancelled",
  );
  assert(performance.now() - started < 2000, "stopped at once");
});

Deno.test("a cycle is a request, or for a mix of endpoints a turn of one request to each", () => {
  const one: HttpWorkload = {
    kind: "http",
    url: "http://127.0.0.1:1/a",
    count: 30,
    concurrency: 1,
    method: "GET",
    timeoutMs: 1000,
  };
  assertEquals(workloadCycle(one), { unit: "request", perRun: 30 });
  const mix: HttpWorkload = { ...one, more: [{ url: "http://127.0.0.1:1/b", method: "POST" }] };
  assertEquals(workloadCycle(mix), { unit: "turn", perRun: 30 });
  assertEquals(workloadUnits(mix), 60);
});
