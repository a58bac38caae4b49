import { type Item, ShopError, Stockroom } from "./stockroom.ts";
import { Baskets } from "./baskets.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const stock = new Stockroom();
const baskets = new Baskets(stock);

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/stats") {
    return Response.json({ ...stock.summary(), openBaskets: baskets.size });
  }
  try {
    if (parts[0] === "items" && req.method === "POST") {
      const body = await req.json() as Omit<Item, "listedAt">;
      const item = stock.list(body);
      return Response.json({ id: item.id }, { status: 201 });
    }
    if (parts[0] === "till" && parts[1] === "sales" && req.method === "POST") {
      // sold over the counter in the branch: off the rails, and out of any basket's reservation
      const body = await req.json() as { itemIds: string[] };
      const totalPence = stock.sell(body.itemIds);
      stock.release(body.itemIds);
      return Response.json({ items: body.itemIds.length, totalPence });
    }
    if (parts[0] === "rails") {
      const rails = stock.rails(url.searchParams.get("category") ?? undefined);
      return Response.json({ count: rails.length, items: rails.slice(0, 24) });
    }
    if (parts[0] === "baskets" && parts[1] && req.method === "POST") {
      const basketId = parts[1];
      if (parts[2] === "items" && !parts[3]) {
        const body = await req.json() as {
          itemId: string;
          customer: { name: string; email: string; phone?: string };
        };
        const basket = baskets.add(basketId, body.itemId, body.customer);
        return Response.json({ basketId, items: [...basket.items] }, { status: 201 });
      }
      if (parts[2] === "items" && parts[3] && parts[4] === "remove") {
        const basket = baskets.remove(basketId, parts[3]);
        return Response.json({ basketId, items: [...basket.items] });
      }
      if (parts[2] === "checkout") return Response.json(baskets.checkout(basketId));
      if (parts[2] === "abandon") {
        baskets.abandon(basketId);
        return new Response(null, { status: 204 });
      }
    }
  } catch (err) {
    if (err instanceof ShopError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    throw err;
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`charity rails on :${port}`) },
  handle,
);
