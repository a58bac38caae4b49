import { Scheduler } from "./scheduler.ts";
import { ExportService } from "./exports.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const FORMATS = new Set(["csv", "xlsx", "pdf"]);
const REPORTS = new Set(["sales-by-region", "stock-aging", "refunds", "vat-return"]);

const scheduler = new Scheduler(25);
const exportsService = new ExportService(scheduler);
const housekeeping = { expiredLinks: 0, metricsFlushes: 0 };

scheduler.register("expire-download-links", 200, () => {
  const cutoff = Date.now() - 15 * 60_000;
  housekeeping.expiredLinks += exportsService.recent.filter((j) => (j.finishedAt ?? 0) < cutoff)
    .length;
});
scheduler.register("flush-metrics", 100, () => {
  housekeeping.metricsFlushes++;
});
scheduler.start();

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

async function createExport(req: Request): Promise<Response> {
  const body = await req.json().catch(() => null);
  if (!body || typeof body.id !== "string" || !REPORTS.has(body.report)) {
    return json({ error: "id and a known report are required" }, 400);
  }
  if (exportsService.find(body.id)) return json({ error: "export exists" }, 409);
  const job = exportsService.start({
    id: body.id,
    report: body.report,
    format: FORMATS.has(body.format) ? body.format : "csv",
    requestedBy: req.headers.get("x-user") ?? "anonymous",
    filters: typeof body.filters === "object" && body.filters ? body.filters : {},
  });
  return json({ id: job.id, status: job.status, poll: `/exports/${job.id}` }, 202);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`report exports on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/exports" && req.method === "POST") return await createExport(req);
  const m = url.pathname.match(/^\/exports\/([\w-]+)$/);
  if (m && req.method === "GET") {
    const job = exportsService.find(m[1]);
    return job ? json(job) : json({ error: "not found" }, 404);
  }
  if (url.pathname === "/admin/scheduler") {
    return json({
      jobs: scheduler.jobs.size,
      first: scheduler.describe().slice(0, 5),
      housekeeping,
    });
  }
  return json({ error: "not found" }, 404);
});
