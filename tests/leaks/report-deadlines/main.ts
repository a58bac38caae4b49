import { runReport, status } from "./jobs.ts";
import type { ReportRequest } from "./reports.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8840;

const KINDS = new Set(["sales", "refunds"]);

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`report-deadlines on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/reports/status") return Response.json(status());

  const match = /^\/tenants\/([\w-]+)\/reports$/.exec(url.pathname);
  if (match && req.method === "POST") {
    const body = await req.json() as Partial<ReportRequest>;
    if (!body.kind || !KINDS.has(body.kind) || !body.from || !body.to) {
      return Response.json({ error: "kind, from and to are required" }, { status: 422 });
    }
    const job = await runReport({
      tenant: match[1],
      kind: body.kind,
      from: body.from,
      to: body.to,
    });
    if (job.status !== "done") {
      return Response.json({ id: job.id, status: job.status, error: job.error }, { status: 500 });
    }
    return new Response(job.csv, {
      headers: {
        "content-type": "text/csv",
        "content-disposition": `attachment; filename="${job.request.kind}-${job.id}.csv"`,
      },
    });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
