import { apply, type ChargerEvent, chargers, overview } from "./chargers.ts";
import { DedupWindow } from "./dedup.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

// long enough to cover a charger's retry (it resends after ~100 ms without an answer)
const dedup = new DedupWindow(250);

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function ingest(req: Request): Promise<Response> {
  const messageId = req.headers.get("x-message-id");
  if (!messageId) return json(400, { error: "x-message-id is required" });
  const ev = await req.json() as ChargerEvent;
  if (!chargers.has(ev.charger)) return json(404, { error: `unknown charger ${ev.charger}` });
  const first = dedup.check(messageId, ev.charger, ev.action, ev);
  if (first) return json(200, { duplicate: true, firstSeen: first.firstSeen });
  const connector = apply(ev);
  return json(200, { accepted: true, status: connector.status });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  const url = new URL(req.url);
  try {
    if (url.pathname === "/healthz") return json(200, { ok: true });
    if (url.pathname === "/events" && req.method === "POST") return await ingest(req);
    if (url.pathname === "/overview") {
      return json(200, { ...overview(), dedupWindow: dedup.size });
    }
    const m = url.pathname.match(/^\/chargers\/([\w-]+)$/);
    if (m) {
      const cp = chargers.get(m[1]);
      if (!cp) return json(404, { error: "no such charger" });
      return json(200, { ...cp, connectors: Object.fromEntries(cp.connectors) });
    }
    return json(404, { error: "not found" });
  } catch (err) {
    return json(err instanceof SyntaxError ? 400 : 500, { error: String(err) });
  }
});
