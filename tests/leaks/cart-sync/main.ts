import { checkout, getCart, openCart } from "./carts.ts";
import { pricing, updatePricing } from "./pricing.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

async function body(req: Request): Promise<Record<string, unknown>> {
  try {
    return await req.json();
  } catch {
    return {};
  }
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`cart-sync listening on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");

  if (url.pathname === "/carts" && req.method === "POST") {
    const b = await body(req);
    const items = Array.isArray(b.items) ? b.items : [];
    const cart = openCart(
      typeof b.id === "string" ? b.id : undefined,
      String(b.customer ?? "guest"),
      items,
    );
    const { unsubscribe: _, ...view } = cart;
    return Response.json(view, { status: 201 });
  }

  const m = url.pathname.match(/^\/carts\/([\w-]+)(\/checkout)?$/);
  if (m && req.method === "GET" && !m[2]) {
    const cart = getCart(m[1]);
    if (!cart) return Response.json({ error: "no such cart" }, { status: 404 });
    const { unsubscribe: _, ...view } = cart;
    return Response.json(view);
  }
  if (m && req.method === "POST" && m[2]) {
    const order = checkout(m[1]);
    return order ? Response.json(order) : Response.json({ error: "no such cart" }, { status: 404 });
  }

  if (url.pathname === "/pricing" && req.method === "PATCH") {
    updatePricing(await body(req));
    return Response.json({ ...pricing });
  }
  if (url.pathname === "/pricing") return Response.json({ ...pricing });

  return Response.json({ error: "not found" }, { status: 404 });
});
