import { PermitLookup } from "./lookup_cache.ts";
import { registerQueries } from "./register.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const lookup = new PermitLookup();
const json = (status: number, body: unknown) => Response.json(body, { status });

interface Observation {
  plate: string;
  zone: string;
  officer: string;
  street: string;
  at: string;
}

// the supervisor's screen shows the last few observations
const recent: Observation[] = [];

async function route(req: Request, url: URL): Promise<Response> {
  const parts = url.pathname.split("/").filter(Boolean);
  if (parts[0] === "plates" && parts.length === 2 && req.method === "GET") {
    const zone = url.searchParams.get("zone") ?? "A";
    return json(200, await lookup.check(decodeURIComponent(parts[1]), zone));
  }
  if (url.pathname === "/observations" && req.method === "POST") {
    const body = await req.json();
    const obs: Observation = {
      plate: String(body.plate ?? ""),
      zone: String(body.zone ?? "A"),
      officer: String(body.officer ?? "unknown"),
      street: String(body.street ?? ""),
      at: new Date().toISOString(),
    };
    recent.unshift(obs);
    if (recent.length > 30) recent.pop();
    return json(201, { ok: true, queued: recent.length });
  }
  if (url.pathname === "/observations") return json(200, recent.slice(0, 10));
  if (url.pathname === "/debug/cache") {
    return json(200, { ...lookup.stats(), registerQueries: registerQueries() });
  }
  return json(404, { error: "not found" });
}

Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: () => console.log(`permit lookup on :${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  try {
    return await route(req, url);
  } catch (err) {
    return json(500, { error: (err as Error).message });
  }
});
