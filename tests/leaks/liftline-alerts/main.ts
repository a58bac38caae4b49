import { board, busiest, LiftError, report } from "./lifts.ts";
import { pushStats } from "./push.ts";
import { describe, startWatch, stopWatch, watchCount, type WatchRequest } from "./watches.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return new Response("ok");
  try {
    if (url.pathname === "/lifts") {
      return Response.json({ lifts: board(), busiest: busiest(), watching: watchCount() });
    }
    if (parts[0] === "lifts" && parts[2] === "reports" && req.method === "POST") {
      const body = await req.json() as { minutes: number; by: string };
      const lift = report(parts[1], body.minutes, body.by);
      return Response.json({ id: lift.id, wait: lift.wait() });
    }
    if (parts[0] === "watches" && !parts[1] && req.method === "POST") {
      const watch = startWatch(await req.json() as WatchRequest);
      return Response.json({ id: watch.id, notified: watch.notified }, { status: 201 });
    }
    if (parts[0] === "watches" && parts[1] && parts[2] === "stop" && req.method === "POST") {
      stopWatch(parts[1]);
      return new Response(null, { status: 204 });
    }
    if (parts[0] === "watches" && parts[1] && !parts[2]) return Response.json(describe(parts[1]));
    if (url.pathname === "/push/stats") return Response.json(pushStats());
  } catch (err) {
    if (err instanceof LiftError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    throw err;
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`liftline alerts on :${port}`) },
  handle,
);
