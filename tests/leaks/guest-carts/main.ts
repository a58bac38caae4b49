import { cartFor, cartStats, checkout, findCart, signIn } from "./carts.ts";
import { priceBook } from "./pricebook.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8794;

const json = (body: unknown, status = 200) => Response.json(body, { status });

async function handle(req: Request, url: URL): Promise<Response> {
  const items = /^\/carts\/([\w-]+)\/items$/.exec(url.pathname);
  if (items && req.method === "POST") {
    const b = await req.json();
    const cart = cartFor(items[1], {
      userAgent: req.headers.get("user-agent") ?? "",
      referrer: req.headers.get("referer") ?? "",
    });
    const line = cart.add(String(b.sku), Math.max(1, Number(b.qty) || 1));
    return json({ cart: cart.id, line, totalCents: cart.totalCents }, 201);
  }
  if (url.pathname === "/login" && req.method === "POST") {
    const b = await req.json();
    if (!b.customer) return json({ error: "customer required" }, 422);
    const cart = signIn(String(b.customer), String(b.cart ?? ""));
    return json({ cart: cart.id, lines: cart.lines.size, totalCents: cart.totalCents });
  }
  const co = /^\/carts\/([\w-]+)\/checkout$/.exec(url.pathname);
  if (co && req.method === "POST") {
    const order = checkout(co[1]);
    return order ? json(order, 201) : json({ error: "nothing to check out" }, 409);
  }
  const one = /^\/carts\/([\w-]+)$/.exec(url.pathname);
  if (one) {
    const cart = findCart(one[1]);
    if (!cart) return json({ error: "no such cart" }, 404);
    return json({ id: cart.id, lines: [...cart.lines.values()], notices: cart.notices });
  }
  if (url.pathname === "/prices" && req.method === "POST") {
    const b = await req.json();
    const notified = priceBook.update(String(b.sku), Math.round(Number(b.cents)));
    return json({ sku: b.sku, notified });
  }
  if (url.pathname === "/status") return json({ carts: cartStats() });
  return json({ error: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`guest-carts on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    const status = (err as { status?: number }).status ?? 400;
    return json({ error: String((err as Error).message ?? err) }, status);
  }
});
