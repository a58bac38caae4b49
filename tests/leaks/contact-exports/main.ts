import { cancelExport, ExportError, getExport, startExport } from "./exports.ts";
import "./lifecycle.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8795;

function summary(job: ReturnType<typeof getExport>) {
  const { id, segment, requestedBy, status, rows, startedAt } = job;
  return { id, segment, requestedBy, status, rows, startedAt, download: `/exports/${id}/csv` };
}

async function handle(req: Request, url: URL): Promise<Response> {
  const exportPath = /^\/exports\/([\w-]+)$/.exec(url.pathname);
  if (exportPath && req.method === "POST") {
    const body = await req.json().catch(() => ({}));
    const segment = String(body.segment ?? "newsletter");
    const job = await startExport(exportPath[1], segment, String(body.requestedBy ?? "api"));
    return Response.json(summary(job), { status: 201 });
  }
  if (exportPath && req.method === "GET") return Response.json(summary(getExport(exportPath[1])));
  const csv = /^\/exports\/([\w-]+)\/csv$/.exec(url.pathname);
  if (csv && req.method === "GET") {
    const job = getExport(csv[1]);
    if (job.status !== "done") throw new ExportError(409, `export ${job.id} is ${job.status}`);
    return new Response(job.csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${job.segment}-${job.id}.csv"`,
      },
    });
  }
  const cancel = /^\/exports\/([\w-]+)\/cancel$/.exec(url.pathname);
  if (cancel && req.method === "POST") return Response.json(summary(cancelExport(cancel[1])));
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`contact-exports on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    if (err instanceof ExportError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
