/**
 * Stand-in for the analytics vendor's ingestion endpoint (its own host in production): accepts
 * NDJSON batches and answers 204 No Content, as the vendor's API does.
 */
export function startVendor(): Promise<string> {
  let received = 0;
  return new Promise((resolve) => {
    Deno.serve({
      hostname: "127.0.0.1",
      port: 0,
      onListen: ({ port }) => resolve(`http://127.0.0.1:${port}/v2/collect`),
    }, async (req) => {
      if (req.method !== "POST" || new URL(req.url).pathname !== "/v2/collect") {
        return new Response(null, { status: 404 });
      }
      const text = await req.text();
      for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) received++;
      return new Response(null, { status: 204, headers: { "x-received-total": String(received) } });
    });
  });
}
