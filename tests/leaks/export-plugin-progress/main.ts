import { bus } from "./bus.ts";
import { exporterFor, type Job, loadExporter } from "./exporters.ts";

const portFlag = Deno.args.find((a) => a.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8124;

const recent: { id: string; tenant: string; format: string; bytes: number; ms: number }[] = [];
const RECENT_MAX = 50;
let seq = 0;

async function runExport(tenant: string, format: string, rows: Job["rows"]) {
  const exporter = exporterFor(format);
  if (!exporter) return Response.json({ error: `no ${format} exporter` }, { status: 404 });
  const job: Job = { id: `exp-${++seq}`, tenant, format, rows, progress: 0 };
  const started = performance.now();
  const off = bus.on("progress", (e) => {
    if (e.jobId === job.id) job.progress = Math.round((100 * e.done) / e.total);
  });
  try {
    const body = await exporter.run(job);
    recent.push({
      id: job.id,
      tenant,
      format,
      bytes: body.length,
      ms: performance.now() - started,
    });
    if (recent.length > RECENT_MAX) recent.splice(0, recent.length - RECENT_MAX);
    return new Response(body, {
      headers: {
        "content-type": format === "csv" ? "text/csv" : "application/x-ndjson",
        "x-job": job.id,
      },
    });
  } finally {
    off();
  }
}

const EXPORTER_RELOAD = /^\/admin\/exporters\/([\w-]+)\/reload$/;

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`exports on 127.0.0.1:${port}`),
}, async (req) => {
  const { pathname } = new URL(req.url);
  if (pathname === "/healthz") {
    return Response.json({ ok: true, listeners: bus.listenerCount("progress") });
  }
  if (pathname === "/exports" && req.method === "POST") {
    const body = await req.json().catch(() => null);
    if (!body?.tenant || !Array.isArray(body.rows)) {
      return Response.json({ error: "tenant and rows required" }, { status: 400 });
    }
    return await runExport(String(body.tenant), String(body.format ?? "csv"), body.rows);
  }
  if (pathname === "/exports/recent") return Response.json(recent.slice(-10));
  const reload = pathname.match(EXPORTER_RELOAD);
  if (reload && req.method === "POST") {
    const ex = loadExporter(reload[1]);
    return Response.json({ format: ex.format, version: ex.version });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
