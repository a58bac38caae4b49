import { progressStats, progressStream } from "./progress.ts";
import { getRender, RenderError, renderStats, startRender } from "./renders.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8790;

const SSE_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-cache",
  "x-accel-buffering": "no",
};

async function handle(req: Request, url: URL): Promise<Response> {
  const start = /^\/renders\/([\w-]+)$/.exec(url.pathname);
  if (start && req.method === "POST") {
    const body = await req.json().catch(() => ({}));
    const job = startRender(start[1], body as Record<string, unknown>);
    return Response.json({ id: job.id, status: job.status, events: `/renders/${job.id}/events` }, {
      status: 202,
    });
  }
  if (start && req.method === "GET") {
    const { id, template, pages, status, url: file } = getRender(start[1]);
    return Response.json({ id, template, pages, status, url: file });
  }
  const events = /^\/renders\/([\w-]+)\/events$/.exec(url.pathname);
  if (events && req.method === "GET") {
    const job = getRender(events[1]);
    return new Response(progressStream(job.id, job.last), { headers: SSE_HEADERS });
  }
  if (url.pathname === "/internal/stats") {
    return Response.json({ renders: renderStats(), progress: progressStats() });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`render-progress on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    if (err instanceof RenderError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
