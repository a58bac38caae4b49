import { OrderError, orderStatus, placeOrder, stats, verify } from "./challenges.ts";
import { zoneSize } from "./zone.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/stats") return json(200, { ...stats(), zoneRecords: zoneSize() });
  if (url.pathname === "/orders" && req.method === "POST") {
    let body;
    try {
      body = await req.json();
    } catch {
      return json(400, { error: "bad JSON" });
    }
    return json(201, await placeOrder(body));
  }
  if (parts[0] === "orders" && parts[1]) {
    if (parts[2] === "verify" && req.method === "POST") return json(200, await verify(parts[1]));
    if (!parts[2] && req.method === "GET") {
      const status = orderStatus(parts[1]);
      return status ? json(200, status) : json(404, { error: "no such order" });
    }
  }
  return json(404, { error: "not found" });
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`dns challenges on :${port}`) },
  (req) =>
    handle(req).catch((err) =>
      err instanceof OrderError
        ? json(err.status, { error: err.message })
        : json(500, { error: String(err) })
    ),
);
