import { getProduct, updateProduct } from "./catalog.ts";
import { ack, changesSince, latestSeq } from "./feed.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const PRODUCT = /^\/products\/([\w-]{1,40})$/;

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`catalog listening on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true, seq: latestSeq() });

  const match = PRODUCT.exec(url.pathname);
  if (match && req.method === "GET") {
    const product = getProduct(match[1]);
    return product ? Response.json(product) : Response.json({ error: "no such product" }, {
      status: 404,
    });
  }
  if (match && req.method === "PATCH") {
    const patch = await req.json().catch(() => null);
    if (!patch || typeof patch !== "object") {
      return Response.json({ error: "expected a JSON object" }, { status: 400 });
    }
    const actor = req.headers.get("x-user") ?? "anonymous";
    const result = updateProduct(match[1], patch, actor);
    if (!result) return Response.json({ error: "no such product" }, { status: 404 });
    return Response.json({ ...result.product, seq: result.change?.seq ?? latestSeq() });
  }

  if (url.pathname === "/changes" && req.method === "GET") {
    const since = Number(url.searchParams.get("since") ?? 0) || 0;
    const limit = Math.min(Number(url.searchParams.get("limit") ?? 100) || 100, 500);
    const changes = changesSince(since, limit);
    const consumer = url.searchParams.get("consumer");
    if (consumer && changes.length) ack(consumer, changes[changes.length - 1].seq);
    return Response.json({
      latest: latestSeq(),
      changes: changes.map(({ prev: _prev, ...c }) => c),
    });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
