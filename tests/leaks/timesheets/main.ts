import { primary } from "./db.ts";
import { flagSlowSpans, queryStats } from "./tracing.ts";
import { logHours, TimesheetError, weekSummary } from "./timesheets.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8132;

primary.onSlowQuery(flagSlowSpans);

const WEEK = new URLPattern({ pathname: "/employees/:id/week" });

async function route(req: Request, requestId: string): Promise<Response> {
  const url = new URL(req.url);
  if (req.method === "GET" && url.pathname === "/healthz") return Response.json({ ok: true });
  if (req.method === "GET" && url.pathname === "/internal/queries") {
    return Response.json({
      connection: primary.name,
      queries: primary.queries,
      stats: queryStats(),
    });
  }
  if (req.method === "POST" && url.pathname === "/entries") {
    const body = await req.json().catch(() => null);
    if (!body || typeof body !== "object") throw new TimesheetError(400, "JSON object required");
    return Response.json(logHours(requestId, body), { status: 201 });
  }
  const week = WEEK.exec(url);
  if (req.method === "GET" && week) {
    const date = url.searchParams.get("date") ?? new Date().toISOString().slice(0, 10);
    return Response.json(weekSummary(requestId, week.pathname.groups.id!, date));
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`timesheets on 127.0.0.1:${port}`),
}, async (req) => {
  const requestId = req.headers.get("x-request-id") ?? crypto.randomUUID();
  try {
    const res = await route(req, requestId);
    res.headers.set("x-request-id", requestId);
    return res;
  } catch (err) {
    if (err instanceof TimesheetError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
