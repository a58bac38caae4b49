import { dailyTotal, loaderStats } from "./loader.ts";
import { pipelineStats, runSummary, startRun } from "./pipeline.ts";
import type { RawReading } from "./transform.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

interface RunRequest {
  source?: string;
  readings?: RawReading[];
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/stats") return json({ pipeline: pipelineStats(), loader: loaderStats() });

  // POST /runs/:id — a batch from one of the adapters
  if (parts[0] === "runs" && parts.length === 2 && req.method === "POST") {
    let body: RunRequest;
    try {
      body = await req.json();
    } catch {
      return json({ error: "bad JSON" }, 400);
    }
    if (!Array.isArray(body.readings)) return json({ error: "readings must be an array" }, 400);
    try {
      const run = startRun(parts[1], body.source ?? "unknown", body.readings);
      return json(run.summary(), 202);
    } catch (err) {
      return json({ error: (err as Error).message }, 409);
    }
  }
  if (parts[0] === "runs" && parts.length === 2) {
    const summary = runSummary(parts[1]);
    return summary ? json(summary) : json({ error: "no such run" }, 404);
  }
  // GET /meters/:mpan/daily?date=YYYY-MM-DD
  if (parts[0] === "meters" && parts[2] === "daily") {
    const day = url.searchParams.get("date") ?? "";
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return json({ error: "date is YYYY-MM-DD" }, 400);
    return json(dailyTotal(parts[1], day) ?? { mpan: parts[1], day, kwh: 0, periods: 0 });
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`meter ETL on :${port}`),
}, handle);
