import { Scheduler, SchedulerError } from "./scheduler.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const scheduler = new Scheduler();

async function body(req: Request): Promise<Record<string, unknown>> {
  const text = await req.text();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new SchedulerError(400, "bad JSON");
  }
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/queue") return Response.json(scheduler.queue());

  if (req.method === "POST" && parts[0] === "runners" && parts.length === 1) {
    const runner = scheduler.register(await body(req));
    return Response.json({ id: runner.id, state: runner.state }, { status: 201 });
  }
  if (req.method === "POST" && parts[0] === "runners" && parts.length === 3) {
    const id = parts[1];
    switch (parts[2]) {
      case "claim": {
        const job = scheduler.claim(id);
        return job ? Response.json(job) : new Response(null, { status: 204 });
      }
      case "heartbeat":
        return Response.json(scheduler.heartbeat(id, await body(req)));
      case "complete": {
        const b = await body(req);
        return Response.json(
          scheduler.complete(id, String(b.result ?? "unknown"), Number(b.durationMs ?? 0)),
        );
      }
      case "deregister":
        return Response.json(scheduler.deregister(id));
    }
  }
  if (req.method === "POST" && parts[0] === "pipelines" && parts[2] === "jobs") {
    const job = scheduler.enqueue(parts[1], await body(req));
    return Response.json({ id: job.id }, { status: 201 });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen() {} }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    const status = err instanceof SchedulerError ? err.status : 500;
    return Response.json({ error: (err as Error).message }, { status });
  }
});
