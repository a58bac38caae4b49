import { shutdown } from "./lifecycle.ts";
import { findJob, startExport } from "./exports.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const JOB = new URLPattern({ pathname: "/exports/:id" });

Deno.serve({
  hostname: "127.0.0.1",
  port,
  signal: shutdown.signal,
  onListen: ({ port }) => console.log(`report-export listening on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");

  if (url.pathname === "/exports" && req.method === "POST") {
    const body = await req.json().catch(() => null);
    const from = Date.parse(body?.from);
    const to = Date.parse(body?.to);
    if (Number.isNaN(from) || Number.isNaN(to) || to <= from) {
      return Response.json({ error: "from/to must be dates, from < to" }, { status: 400 });
    }
    const job = await startExport({ account: String(body.account ?? "default"), from, to });
    return Response.json({ id: job.id, status: job.status, rows: job.rows }, { status: 201 });
  }

  const match = JOB.exec(url);
  if (match && req.method === "GET") {
    const job = findJob(match.pathname.groups.id ?? "");
    if (!job) return Response.json({ error: "no such export" }, { status: 404 });
    return new Response(job.csv ?? "", { headers: { "content-type": "text/csv" } });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
