import { RecentIds } from "./dedupe.ts";
import { parseLines } from "./lines.ts";
import { Registry } from "./registry.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8125;

const registry = new Registry();
const pushes = new RecentIds(64);
const counters = { pushes: 0, duplicates: 0, rejectedLines: 0 };

setInterval(() => registry.flush(), 200);

async function ingest(req: Request): Promise<Response> {
  const pushId = req.headers.get("x-push-id");
  const text = await req.text();
  counters.pushes++;
  if (pushId && !pushes.firstTime(pushId)) {
    counters.duplicates++;
    return Response.json({ accepted: 0, duplicate: true });
  }
  const { samples, rejected } = parseLines(text);
  counters.rejectedLines += rejected;
  for (const sample of samples) registry.record(sample);
  return Response.json({ accepted: samples.length, rejected }, { status: 202 });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen() {} }, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/ingest" && req.method === "POST") return ingest(req);
  if (url.pathname === "/metrics") {
    return new Response(registry.render(), {
      headers: { "content-type": "text/plain; version=0.0.4" },
    });
  }
  if (url.pathname === "/flushes") {
    const limit = Number(url.searchParams.get("limit") ?? 10);
    return Response.json({ ...counters, dedupe: pushes.size, flushes: registry.flushes(limit) });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
