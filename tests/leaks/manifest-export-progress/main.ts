import { getJob, startExport } from "./exports.ts";
import { progress } from "./progress_hub.ts";

const portFlag = Deno.args.find((a) => a.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8087;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });

async function handle(req: Request): Promise<Response> {
  const { pathname } = new URL(req.url);
  if (req.method === "POST" && pathname === "/exports") {
    const body = await req.json().catch(() => null);
    if (!body?.id || !body.carrier || !body.depot || !body.date) {
      return json(400, { error: "id, carrier, depot and date are required" });
    }
    if (getJob(body.id)) return json(409, { error: "export exists" });
    const job = startExport({
      id: body.id,
      carrier: body.carrier,
      depot: body.depot,
      date: body.date,
    });
    return json(202, { id: job.req.id, progress: `/exports/${job.req.id}/progress` });
  }

  const m = pathname.match(/^\/exports\/([\w-]+)\/(progress|manifest\.csv)$/);
  if (req.method === "GET" && m) {
    const job = getJob(m[1]);
    if (!job) return json(404, { error: "no such export" });
    if (m[2] === "manifest.csv") {
      if (job.phase !== "done") return json(409, { error: `export is ${job.phase}` });
      return new Response(job.csv, { headers: { "content-type": "text/csv" } });
    }
    const snap = job.snapshot();
    if (snap.phase === "done" || snap.phase === "failed") {
      return new Response(JSON.stringify(snap) + "\n", {
        headers: { "content-type": "application/x-ndjson" },
      });
    }
    return new Response(progress.follow(snap), {
      headers: { "content-type": "application/x-ndjson", "cache-control": "no-store" },
    });
  }
  if (pathname === "/healthz") return json(200, { ok: true });
  return json(404, { error: "not found" });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`manifest exports on 127.0.0.1:${port}`),
}, handle);
