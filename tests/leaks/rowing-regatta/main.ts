import {
  finishRace,
  liveCount,
  liveRace,
  nextSplit,
  RaceError,
  recordSplit,
  startRace,
} from "./races.ts";
import { publish, recentResults, sheetFor } from "./results.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice(7)) : 8000;

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const [head, id, action] = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/results") {
    return Response.json({ recent: recentResults(), live: liveCount() });
  }

  if (url.pathname === "/races" && req.method === "POST") {
    return Response.json(startRace(await req.json()), { status: 201 });
  }
  if (head === "races" && id && !action && req.method === "GET") {
    return Response.json(liveRace(id));
  }
  if (head === "races" && id && action === "splits" && req.method === "POST") {
    recordSplit(id, await req.json());
    return Response.json({ ok: true });
  }
  if (head === "races" && id && action === "live" && req.method === "GET") {
    const wait = Math.min(Number(url.searchParams.get("wait") ?? 1000), 10_000);
    const split = await nextSplit(id, wait, req.signal);
    return split ? Response.json(split) : new Response(null, { status: 204 });
  }
  if (head === "races" && id && action === "finish" && req.method === "POST") {
    const { times } = await req.json();
    return Response.json(publish(finishRace(id), times ?? {}));
  }
  if (head === "results" && id) {
    const sheet = sheetFor(id);
    return sheet ? Response.json(sheet) : Response.json({ error: "no result" }, { status: 404 });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({ hostname: "127.0.0.1", port }, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof RaceError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    if (err instanceof SyntaxError) {
      return Response.json({ error: "invalid JSON" }, { status: 400 });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
