import { chartFor } from "./feed.ts";
import { arrive, depart, find, note, notices, overview, YardError } from "./yard.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const HORSE = /^\/horses\/([\w-]+)(?:\/(feed|weigh|depart))?$/;
const json = (body: unknown, status = 200) => Response.json(body, { status });

async function route(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/healthz") return json({ ok: true });
  if (req.method === "GET" && url.pathname === "/yard") return json(overview());
  if (req.method === "POST" && url.pathname === "/horses") {
    return json(arrive(await req.json()), 201);
  }
  if (req.method === "POST" && url.pathname === "/visits") {
    const visit = await req.json();
    if (!visit.kind || !Array.isArray(visit.horses)) {
      return json({ error: "kind and horses are required" }, 422);
    }
    notices.dispatchEvent(new CustomEvent("visit", { detail: visit }));
    return json({ booked: visit.horses.length }, 202);
  }

  const m = HORSE.exec(url.pathname);
  if (!m) return json({ error: "not found" }, 404);
  const [, id, action] = m;
  if (req.method === "GET" && !action) return json(find(id));
  if (req.method === "GET" && action === "feed") return json(chartFor(find(id)));
  if (req.method === "POST" && action === "weigh") {
    const horse = find(id);
    const { kg } = await req.json();
    if (!(kg > 150 && kg < 1200)) return json({ error: "weight out of range" }, 422);
    note(horse, `weighed ${kg} kg (was ${horse.weightKg})`);
    horse.weightKg = kg;
    return json({ id, weightKg: kg, feed: chartFor(horse) });
  }
  if (req.method === "POST" && action === "depart") return json(depart(id));
  return json({ error: "method not allowed" }, 405);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`livery yard on http://${hostname}:${port}`),
}, async (req) => {
  try {
    return await route(req, new URL(req.url));
  } catch (err) {
    if (err instanceof YardError) return json({ error: err.message }, err.status);
    if (err instanceof SyntaxError) return json({ error: "invalid JSON" }, 400);
    console.error(err);
    return json({ error: "internal error" }, 500);
  }
});
