import { formatDistanceToNowStrict } from "date-fns";
import { addLine, carts, checkout, openCart } from "./carts.ts";
import { $catalogPrices, SKUS, startPriceFeed } from "./prices.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

startPriceFeed();

function json(data: unknown, status = 200): Response {
  return new Response(JSON.stringify(data), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/prices") return json($catalogPrices.get());

  // POST /carts/:id/lines {"sku", "qty"}: opens the cart on its first line
  if (parts[0] === "carts" && parts[2] === "lines" && req.method === "POST") {
    const body = await req.json().catch(() => ({})) as { sku?: string; qty?: number };
    if (!body.sku || !SKUS.includes(body.sku)) return json({ error: "unknown sku" }, 400);
    const customer = req.headers.get("x-customer") ?? "guest";
    const cart = carts.get(parts[1]) ?? openCart(parts[1], customer);
    const state = addLine(cart, body.sku, Math.max(1, Number(body.qty) || 1));
    return json({ ...state, lines: Object.values(state.lines) }, 201);
  }

  if (parts[0] === "carts" && parts.length === 2 && req.method === "GET") {
    const cart = carts.get(parts[1]);
    if (!cart) return json({ error: "no such cart" }, 404);
    const state = cart.$cart.get();
    return json({
      ...state,
      lines: Object.values(state.lines),
      open: formatDistanceToNowStrict(cart.openedAt),
    });
  }

  if (parts[0] === "carts" && parts[2] === "checkout" && req.method === "POST") {
    const order = checkout(parts[1]);
    return order ? json(order, 201) : json({ error: "no such cart" }, 404);
  }

  return json({ error: "not found" }, 404);
}

Deno.serve({ hostname: "127.0.0.1", port, onListen: () => {} }, handle);
