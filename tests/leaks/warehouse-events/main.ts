import { FloorError, floorStatus, releaseWave, shipParcel } from "./floor.ts";
import { hubStats, replaySince } from "./hub.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8791;

async function body(req: Request): Promise<Record<string, unknown>> {
  const value = await req.json().catch(() => null);
  if (!value || typeof value !== "object") throw new FloorError(400, "expected a JSON object");
  return value as Record<string, unknown>;
}

async function route(req: Request, url: URL): Promise<Response> {
  const wave = /^\/waves\/([\w-]+)\/release$/.exec(url.pathname);
  if (wave && req.method === "POST") {
    return Response.json(releaseWave(wave[1], await body(req)), { status: 201 });
  }
  if (url.pathname === "/shipments" && req.method === "POST") {
    return Response.json(shipParcel(await body(req)), { status: 201 });
  }
  const replay = /^\/channels\/([\w:-]+)\/replay$/.exec(url.pathname);
  if (replay) {
    const since = Number(url.searchParams.get("since") ?? 0);
    return Response.json(replaySince(replay[1], since));
  }
  if (url.pathname === "/floor") return Response.json({ ...floorStatus(), hub: hubStats() });
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`warehouse-events on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await route(req, url);
  } catch (err) {
    if (err instanceof FloorError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
