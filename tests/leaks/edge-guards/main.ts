import { allow, inflightCount, Recent, tracked } from "./guards.ts";
import { hits } from "./origin.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const recent = new Recent<{ client: string; q: string; at: number }>(100);

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`edge listening on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true, inflight: inflightCount() });
  if (url.pathname === "/debug/recent") return Response.json(recent.list());

  if (url.pathname === "/search" && req.method === "GET") {
    const client = req.headers.get("x-client-id") ?? url.searchParams.get("client") ??
      "anonymous";
    if (!allow(client)) return Response.json({ error: "slow down" }, { status: 429 });
    const q = url.searchParams.get("q") ?? "";
    const limit = Math.min(Number(url.searchParams.get("limit") ?? 15) || 15, 100);
    recent.add({ client, q, at: Date.now() });
    const results = await tracked(async (signal) => {
      const out: { id: string; score: number }[] = [];
      for await (const page of hits(q, signal)) {
        out.push(...page);
        if (out.length >= limit) break;
      }
      return out.slice(0, limit);
    });
    return Response.json({ q, results });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
