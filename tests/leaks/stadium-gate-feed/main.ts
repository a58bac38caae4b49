import { ScanFeed } from "./feed.ts";
import { gateCounts, GATES, scan } from "./gates.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const feed = new ScanFeed();
const json = (body: unknown, status = 200) => Response.json(body, { status });

function recentAsNdjson(): Response {
  const scans = [...feed.recent()];
  const encoder = new TextEncoder();
  let n = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (n >= scans.length) return controller.close();
      controller.enqueue(encoder.encode(JSON.stringify(scans[n++]) + "\n"));
    },
  });
  return new Response(body, { headers: { "content-type": "application/x-ndjson" } });
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/gates") return json({ counts: gateCounts(), followers: feed.followers });
  if (url.pathname === "/scans/recent.ndjson") return recentAsNdjson();

  if (url.pathname === "/scans" && req.method === "POST") {
    const body = await req.json();
    const gate = String(body.gate ?? "");
    if (!GATES.has(gate)) return json({ error: "unknown gate" }, 404);
    const result = scan(String(body.ticket ?? ""), gate);
    feed.publish(result);
    return json(result, result.result === "admitted" ? 201 : 409);
  }

  // GET /gates/:gate/scans?take=N&wait=ms: the steward's screen polls its gate
  if (parts[0] === "gates" && parts[1] && parts[2] === "scans") {
    if (!GATES.has(parts[1])) return json({ error: "unknown gate" }, 404);
    const take = Math.min(Number(url.searchParams.get("take") ?? 5), 20);
    const wait = Math.min(Number(url.searchParams.get("wait") ?? 50), 250);
    const scans = [];
    for await (const s of feed.follow(parts[1], wait)) {
      scans.push(s);
      if (scans.length >= take) break;
    }
    return json({ gate: parts[1], scans });
  }

  return json({ error: "not found" }, 404);
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    return json({ error: (err as Error).message }, err instanceof SyntaxError ? 400 : 500);
  }
});
