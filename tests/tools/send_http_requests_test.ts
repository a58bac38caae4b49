/**
 * `send_http_requests` in process against a real HTTP server in this process: every request
 * counted once by status, never more in flight than asked, and the calls it refuses.
 */

import { sendHttpRequests } from "../../tools/send_http_requests.ts";
import { assert, assertEquals, assertMatch } from "../support/assert.ts";
import { FakeHost, runTool } from "../support/fake_host.ts";
import { serveLocal } from "../support/local_server.ts";
import { freePort } from "../support/ports.ts";

Deno.test("send_http_requests: statuses counted, concurrency respected, bodies sent", async () => {
  let inFlight = 0;
  let peak = 0;
  const bodies: string[] = [];
  const server = serveLocal(async (req) => {
    peak = Math.max(peak, ++inFlight);
    const nth = bodies.push(await req.text());
    await new Promise((r) => setTimeout(r, 5));
    inFlight--;
    return nth % 4 === 0
      ? new Response("database is locked", { status: 500 })
      : new Response("ok", { status: 200 });
  });
  try {
    const run = await runTool(sendHttpRequests, {
      url: `${server.origin}/items`,
      count: 40,
      concurrency: 4,
      method: "POST",
      body: '{"a":1}',
    }, new FakeHost());
    assert(!run.isError, run.text);
    assertEquals(run.structured?.statusCounts, { "200": 30, "500": 10 });
    assertEquals([run.structured?.answered, run.structured?.failed], [40, 0]);
    assert(peak <= 4, `at most 4 in flight, saw ${peak}`);
    assertEquals(new Set(bodies), new Set(['{"a":1}']));
    assertMatch(
      run.text,
      /^40 × POST .*\/items in .* s: 40 answered \(200 ×30, 500 ×10\), 0 failed; latency p50/,
    );
    // Why the 500s: the first one's body.
    assertEquals(run.structured?.refusals, { "500": "database is locked" });
    assertMatch(run.text, /\nThe first 500 said: database is locked\n/);
    assertMatch(run.text, /Next: capture_snapshot/);
    assertEquals(run.progress.at(-1), "40/40 requests done");
  } finally {
    await server.close();
  }
});

Deno.test("send_http_requests: a GET with a body, nothing listening, not loopback", async () => {
  const host = new FakeHost();
  const getBody = await runTool(sendHttpRequests, { url: "http://127.0.0.1:1/", body: "x" }, host);
  assertMatch(
    getBody.text,
    /a GET request cannot carry a body[\s\S]*Next step: Pass method "POST"/,
  );
  const none = await runTool(sendHttpRequests, {
    url: `http://127.0.0.1:${freePort()}/`,
    count: 3,
  }, host);
  assert(none.isError);
  assertMatch(none.text, /None of 3 requests to .* got an answer \(first error: [\s\S]*Next step/);
  const remote = await runTool(sendHttpRequests, { url: "http://192.0.2.7/" }, host);
  assertMatch(remote.text, /not a loopback address/);
});

Deno.test("send_http_requests: a URL's credentials are used but never shown back", async () => {
  let auth = "";
  const server = serveLocal((req) => {
    auth = req.headers.get("authorization") ?? "";
    return new Response("ok");
  });
  try {
    const run = await runTool(sendHttpRequests, {
      url: `http://u:secret@127.0.0.1:${server.port}/x`,
      count: 2,
    }, new FakeHost());
    assert(!run.isError, run.text);
    assertEquals(auth, `Basic ${btoa("u:secret")}`);
    assertEquals(run.structured?.url, `http://***@127.0.0.1:${server.port}/x`);
    assert(!JSON.stringify(run).includes("secret"), run.text);
  } finally {
    await server.close();
  }
});

Deno.test("send_http_requests: a bad header name or value is refused before any request", async () => {
  let requests = 0;
  const server = serveLocal(() => {
    requests++;
    return new Response("ok");
  });
  try {
    const host = new FakeHost();
    const badName = await runTool(sendHttpRequests, {
      url: server.origin,
      headers: { "bad name": "x" },
    }, host);
    assertMatch(badName.text, /^headers: "bad name" is not a valid HTTP header name\.\nNext step:/);
    const badValue = await runTool(sendHttpRequests, {
      url: server.origin,
      headers: { "x-ok": "line\nbreak" },
    }, host);
    assertMatch(badValue.text, /^headers: the value of "x-ok" is not a valid HTTP header value/);
    assertEquals(requests, 0);
  } finally {
    await server.close();
  }
});

Deno.test("send_http_requests: {i} keeps counting from one call to the next; a templated host is refused", async () => {
  const paths: string[] = [];
  const server = serveLocal((req) => {
    paths.push(new URL(req.url).pathname);
    return new Response("ok");
  });
  try {
    const host = new FakeHost();
    for (let call = 0; call < 2; call++) {
      const run = await runTool(sendHttpRequests, {
        url: `${server.origin}/avatars/{i}`,
        count: 5,
        concurrency: 1,
      }, host);
      assert(!run.isError, run.text);
      assertEquals(run.structured?.url, `${server.origin}/avatars/{i}`);
      // Each call says which {i} it used: the second counts on from the first.
      assertEquals(run.structured?.indices, { first: 1 + 5 * call, last: 5 + 5 * call });
      assertMatch(run.text, new RegExp(`\\(\\{i\\} = ${1 + 5 * call}…${5 + 5 * call}\\)`));
    }
    assertEquals(paths, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((i) => `/avatars/${i}`));
    const bad = await runTool(sendHttpRequests, { url: "http://127.0.0.1:{i}/x" }, host);
    assertMatch(
      bad.text,
      /url: \{i\} and \{uuid\} may stand only in the path or query[\s\S]*Next step/,
    );
  } finally {
    await server.close();
  }
});
