import { record, stations } from "./stations.ts";
import { collect, expire, publish, stats, subscribe } from "./subscriptions.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const json = (body: unknown, status = 200) => Response.json(body, { status });

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/stats") return json(stats());

  if (url.pathname === "/readings" && req.method === "POST") {
    const reading = record(await req.json());
    return json({ ...reading, alerted: publish(reading) }, 201);
  }

  if (parts[0] === "stations" && parts[1] && req.method === "GET") {
    const station = stations.get(parts[1]);
    return station ? json(station) : json({ error: "no such station" }, 404);
  }

  if (url.pathname === "/subscriptions" && req.method === "POST") {
    return json(subscribe(await req.json()), 201);
  }

  if (parts[0] === "subscriptions" && parts[1]) {
    if (parts[2] === "alerts" && req.method === "GET") {
      const result = collect(parts[1]);
      return result ? json(result) : json({ error: "subscription expired" }, 404);
    }
    if (parts[2] === "cancel" && req.method === "POST") {
      return expire(parts[1])
        ? json({ cancelled: true })
        : json({ error: "no such subscription" }, 404);
    }
  }

  return json({ error: "not found" }, 404);
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    const status = err instanceof RangeError || err instanceof SyntaxError ? 400 : 500;
    return json({ error: (err as Error).message }, status);
  }
});
