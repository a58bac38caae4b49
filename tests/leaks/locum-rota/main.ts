import { claim, confirm, nextEvent, openShift, post, RotaError, stats, withdraw } from "./rota.ts";
import { rota } from "./rota.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

async function readJson(req: Request) {
  try {
    return await req.json();
  } catch {
    throw new RotaError(400, "bad JSON");
  }
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const [root, id, action] = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/stats") return json(200, stats());
  if (url.pathname === "/audit") return json(200, rota.recent().slice(-10));
  if (url.pathname === "/shifts" && req.method === "POST") {
    return json(201, post(await readJson(req)));
  }
  if (root === "shifts" && id) {
    if (!action && req.method === "GET") return json(200, openShift(id));
    if (action === "events" && req.method === "GET") {
      const ms = Math.min(Number(url.searchParams.get("wait") ?? 200), 250);
      const event = await nextEvent(id, ms);
      return event ? json(200, event) : new Response(null, { status: 204 });
    }
    if (action === "claim" && req.method === "POST") {
      const body = await readJson(req);
      return json(200, claim(id, String(body.doctor ?? "")));
    }
    if (action === "confirm" && req.method === "POST") return json(200, confirm(id));
    if (action === "withdraw" && req.method === "POST") return json(200, withdraw(id));
  }
  return json(404, { error: "not found" });
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`locum rota on :${port}`) },
  (req) =>
    handle(req).catch((err) =>
      err instanceof RotaError
        ? json(err.status, { error: err.message })
        : json(500, { error: String(err) })
    ),
);
