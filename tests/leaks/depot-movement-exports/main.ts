import { ExportTracker, ndjson } from "./exports.ts";
import { journalSize, MovementError, recordMovement, select } from "./movements.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const tracker = new ExportTracker();

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json({ ok: true });

  // POST /sites/:site/movements — from the handhelds
  if (parts[0] === "sites" && parts[2] === "movements" && req.method === "POST") {
    try {
      return json(recordMovement(parts[1], await req.json()), 201);
    } catch (err) {
      if (err instanceof MovementError) return json({ error: err.message }, err.status);
      if (err instanceof SyntaxError) return json({ error: "bad JSON" }, 400);
      throw err;
    }
  }
  // GET /sites/:site/exports/movements.ndjson?reason=…&sku=… — finance pulls these nightly
  if (parts[0] === "sites" && parts[2] === "exports" && parts[3] === "movements.ndjson") {
    const filter = {
      site: parts[1],
      reason: url.searchParams.get("reason") ?? undefined,
      sku: url.searchParams.get("sku") ?? undefined,
    };
    const job = tracker.start(filter, select(filter), req.headers.get("x-user") ?? "anonymous");
    return new Response(ndjson(tracker, job), {
      headers: { "content-type": "application/x-ndjson", "x-export-id": job.id },
    });
  }
  if (url.pathname === "/exports/running") {
    return json({ ...tracker.stats(), exports: tracker.running().slice(0, 20) });
  }
  if (parts[0] === "exports" && parts[2] === "abort" && req.method === "POST") {
    return tracker.stop(parts[1])
      ? json({ aborted: parts[1] })
      : json({ error: "not running" }, 404);
  }
  if (url.pathname === "/stats") return json({ journal: journalSize(), exports: tracker.stats() });
  return json({ error: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`depot movements on :${port}`),
}, handle);
