import { keyResolver, seedKey } from "./keys.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

await seedKey("mk_live_8d2f6a1c93e04b75a1d9", {
  id: "key-acme",
  owner: "acme-trading",
  plan: "pro",
  scopes: ["quotes:read", "orders:write"],
});
await seedKey("mk_live_3b7e05d4c1a96f28e4c0", {
  id: "key-fern",
  owner: "fern-analytics",
  plan: "free",
  scopes: ["quotes:read"],
});

/** Requests this minute per key id, reset by the minute (a fixed window). */
const usage = new Map<string, { window: number; count: number }>();
const LIMITS = { free: 600, pro: 6000 };

const PAIRS: Record<string, number> = { EURUSD: 1.0842, GBPUSD: 1.2701, USDJPY: 151.37 };

/** The last 50 orders placed, for the dashboard. */
const recentOrders: { id: string; key: string; pair: string; side: string; amount: number }[] = [];

async function route(req: Request, url: URL): Promise<Response> {
  const raw = req.headers.get("x-api-key") ?? "";
  const key = raw ? await keyResolver.resolve(raw) : null;
  if (!key) return Response.json({ error: "invalid or revoked API key" }, { status: 401 });

  const minute = Math.floor(Date.now() / 60_000);
  const used = usage.get(key.id);
  const slot = used && used.window === minute ? used : { window: minute, count: 0 };
  usage.set(key.id, slot);
  if (++slot.count > LIMITS[key.plan]) {
    return Response.json({ error: "rate limited" }, { status: 429 });
  }

  const quote = /^\/v1\/quotes\/([A-Z]{6})$/.exec(url.pathname);
  if (req.method === "GET" && quote) {
    const mid = PAIRS[quote[1]];
    if (!mid) return Response.json({ error: "unknown pair" }, { status: 404 });
    return Response.json({ pair: quote[1], bid: mid - 0.0001, ask: mid + 0.0001, at: Date.now() });
  }
  if (req.method === "POST" && url.pathname === "/v1/orders") {
    if (!key.scopes.includes("orders:write")) {
      return Response.json({ error: "this key may not place orders" }, { status: 403 });
    }
    const body = await req.json().catch(() => ({}));
    const order = {
      id: String(body.clientOrderId ?? crypto.randomUUID()),
      key: key.id,
      pair: String(body.pair ?? ""),
      side: body.side === "sell" ? "sell" : "buy",
      amount: Number(body.amount) || 0,
    };
    recentOrders.push(order);
    if (recentOrders.length > 50) recentOrders.shift();
    return Response.json(order, { status: 201 });
  }
  if (req.method === "GET" && url.pathname === "/v1/usage") {
    return Response.json({ key: key.id, plan: key.plan, thisMinute: slot.count });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  try {
    return await route(req, url);
  } catch (err) {
    return Response.json({ error: String(err) }, { status: 500 });
  }
});
