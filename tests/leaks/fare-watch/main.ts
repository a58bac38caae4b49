import { currentFares, publishFare } from "./fares.ts";
import { FareWatch } from "./watch.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const MAX_WAIT_MS = 30_000;
const ROUTE = /^[A-Z]{3}-[A-Z]{3}$/;

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return Response.json({ ok: true });

  // GET /fares/watch?routes=AMS-LHR,AMS-CDG&wait=20000
  if (req.method === "GET" && url.pathname === "/fares/watch") {
    const routes = new Set(
      (url.searchParams.get("routes") ?? "").split(",").map((r) => r.trim().toUpperCase())
        .filter((r) => ROUTE.test(r)),
    );
    if (routes.size === 0) return Response.json({ error: "routes required" }, { status: 400 });
    const wait = Math.min(Number(url.searchParams.get("wait") ?? 25_000), MAX_WAIT_MS);
    const watch = new FareWatch(routes);
    const changes = await watch.wait(wait, req.signal);
    if (changes.length === 0) return new Response(null, { status: 204 });
    return Response.json({ changes });
  }

  // POST /fares/:route {cabin, amount, currency}: the pricing job publishes a fare
  if (req.method === "POST" && parts[0] === "fares" && parts.length === 2) {
    const route = parts[1].toUpperCase();
    if (!ROUTE.test(route)) return Response.json({ error: "bad route" }, { status: 400 });
    const body = await req.json();
    const amount = Number(body.amount);
    if (!Number.isFinite(amount) || amount <= 0) {
      return Response.json({ error: "amount required" }, { status: 400 });
    }
    const change = publishFare(
      route,
      String(body.cabin ?? "economy"),
      amount,
      String(body.currency ?? "EUR"),
    );
    return Response.json(change, { status: 201 });
  }

  if (req.method === "GET" && parts[0] === "fares") {
    return Response.json(currentFares(parts[1]?.toUpperCase()));
  }

  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve(
  {
    hostname: "127.0.0.1",
    port,
    onListen: ({ port }) => console.log(`fare-watch on http://127.0.0.1:${port}`),
  },
  (req) =>
    handle(req).catch((err) =>
      Response.json({ error: String((err as Error).message ?? err) }, { status: 400 })
    ),
);
