import { findJob, jobCount, progressOf, submit } from "./jobs.ts";
import { progressStream, watcherCount } from "./progress.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") {
    return json({ ok: true, jobs: jobCount(), watching: watcherCount() });
  }

  if (url.pathname === "/renders" && req.method === "POST") {
    let body: Record<string, unknown>;
    try {
      body = await req.json();
    } catch {
      return json({ error: "body is not JSON" }, 400);
    }
    try {
      const job = submit(body);
      return json({ ref: job.ref, stage: job.stage, events: `/renders/${job.ref}/events` }, 202);
    } catch (err) {
      return json({ error: (err as Error).message }, 400);
    }
  }

  if (parts[0] === "renders" && parts[1] && req.method === "GET") {
    const job = findJob(decodeURIComponent(parts[1]));
    if (!job) return json({ error: "no such render" }, 404);
    if (parts[2] === "events") {
      return new Response(progressStream(progressOf(job)), {
        headers: {
          "content-type": "text/event-stream",
          "cache-control": "no-cache",
        },
      });
    }
    if (parts[2] === "plan.svg") {
      if (!job.svg) return json({ error: `render is ${job.stage}` }, 409);
      return new Response(job.svg, { headers: { "content-type": "image/svg+xml" } });
    }
    if (!parts[2]) {
      return json({
        ref: job.ref,
        listing: job.listing,
        stage: job.stage,
        percent: job.percent,
        summary: job.summary ?? null,
        error: job.error ?? null,
      });
    }
  }
  return json({ error: "not found" }, 404);
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`floor plans on :${port}`) },
  handle,
);
