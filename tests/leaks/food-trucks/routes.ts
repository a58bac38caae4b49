import { FoodTruck } from "./food_truck.ts";
import { collect, markReady, placeOrder, texts, vendors } from "./market.ts";

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

export async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return new Response("ok");

  if (parts[0] === "vendors" && parts[1]) {
    const vendor = vendors.get(parts[1]);
    if (!vendor) return json({ error: "unknown vendor" }, 404);
    if (parts[2] === "orders" && req.method === "POST") {
      const body = await req.json().catch(() => null);
      const order = body && placeOrder(vendor, body);
      return order ? json(order, 201) : json({ error: "bad order" }, 422);
    }
    if (parts[2] === "move" && req.method === "POST" && vendor instanceof FoodTruck) {
      const body = await req.json().catch(() => ({}));
      vendor.moveTo(String(body.pitch ?? vendor.pitch), Number(body.etaMinutes ?? 10));
      return json({ pitch: vendor.pitch, eta: vendor.etaMinutes });
    }
    if (parts.length === 2 && req.method === "GET") {
      return json({
        id: vendor.id,
        name: vendor.name,
        waiting: vendor.waiting,
        notices: vendor.notices,
        texts,
      });
    }
  }

  if (parts[0] === "orders" && parts[1] && req.method === "POST") {
    const order = parts[2] === "ready"
      ? markReady(parts[1])
      : parts[2] === "collect"
      ? collect(parts[1])
      : null;
    return order ? json({ id: order.id, status: order.status }) : json({ error: "not found" }, 404);
  }
  return json({ error: "not found" }, 404);
}
