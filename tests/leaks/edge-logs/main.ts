import { internStats } from "./intern.ts";
import { parseBatch } from "./records.ts";
import { count, summary } from "./stats.ts";
import { recent, tail } from "./tail.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8153;

const MAX_BATCH_BYTES = 1 << 20;

async function ingest(req: Request): Promise<Response> {
  const length = Number(req.headers.get("content-length") ?? 0);
  if (length > MAX_BATCH_BYTES) {
    return Response.json({ error: "batch too large" }, { status: 413 });
  }
  const { records, rejected } = parseBatch(await req.text());
  for (const record of records) {
    count(record);
    recent.add(record);
  }
  return Response.json({ accepted: records.length, rejected }, {
    status: rejected.length && !records.length ? 400 : 202,
  });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`edge log collector on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  try {
    if (url.pathname === "/healthz") return Response.json({ ok: true });
    if (req.method === "POST" && url.pathname === "/ingest") return await ingest(req);
    if (req.method === "GET" && url.pathname === "/tail") {
      const limit = Math.min(100, Number(url.searchParams.get("limit")) || 20);
      const records = tail({
        host: url.searchParams.get("host"),
        status: url.searchParams.get("status"),
      }, limit);
      return Response.json({ buffered: recent.size, records });
    }
    if (req.method === "GET" && url.pathname === "/stats") {
      return Response.json({ hosts: summary(), interning: internStats() });
    }
    return Response.json({ error: "not found" }, { status: 404 });
  } catch (err) {
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
