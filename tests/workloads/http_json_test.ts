/**
 * Bounded JSON reads from the program: the document, or a `WorkloadError` whose code says what
 * went wrong (nothing listening, too slow, too big, an error status, not JSON).
 */

import { getJson, WorkloadError } from "../../workloads/mod.ts";
import { assertEquals, assertRejects } from "../support/assert.ts";
import { serveLocal } from "../support/local_server.ts";
import { freePort } from "../support/ports.ts";

Deno.test("getJson: the document, and a coded error for each way an endpoint can fail", async () => {
  const server = serveLocal(async (req) => {
    const path = new URL(req.url).pathname;
    if (path === "/ok") return Response.json({ a: [1, 2] });
    if (path === "/big") return new Response("x".repeat(5000));
    if (path === "/slow") await new Promise((r) => setTimeout(r, 300));
    if (path === "/moved") return Response.redirect("http://example.com/", 302);
    if (path === "/text") return new Response("hello");
    return new Response("no", { status: 503 });
  });
  const code = async (url: string, opts = {}) =>
    (await assertRejects(() => getJson(url, opts), WorkloadError)).code;
  try {
    assertEquals(await getJson(`${server.origin}/ok`), { a: [1, 2] });
    assertEquals(await code(`${server.origin}/big`, { maxBytes: 1000 }), "too_large");
    assertEquals(await code(`${server.origin}/slow`, { timeoutMs: 50 }), "timeout");
    assertEquals(await code(`${server.origin}/moved`), "http_status");
    assertEquals(await code(`${server.origin}/text`), "not_json");
    assertEquals(await code(`${server.origin}/down`), "http_status");
    assertEquals(await code(`http://127.0.0.1:${freePort()}/`), "unreachable");
    const cancel = new AbortController();
    cancel.abort(new Error("stop"));
    await assertRejects(
      () => getJson(`${server.origin}/ok`, { signal: cancel.signal }),
      Error,
      "stop",
    );
  } finally {
    await server.close();
  }
});
