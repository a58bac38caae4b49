import { adjustStock, StockError, stockLevel } from "./inventory.ts";

const ADJUST = new URLPattern({ pathname: "/stock/:sku/adjust" });
const LEVEL = new URLPattern({ pathname: "/stock/:sku" });

export async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");

  const adjust = ADJUST.exec(url);
  if (adjust && req.method === "POST") {
    const input = await req.json().catch(() => ({}));
    try {
      const movement = adjustStock(adjust.pathname.groups.sku ?? "", input);
      return Response.json(movement, { status: 201 });
    } catch (error) {
      if (error instanceof StockError) {
        return Response.json({ error: error.message }, { status: error.status });
      }
      throw error;
    }
  }

  const level = LEVEL.exec(url);
  if (level && req.method === "GET") {
    const result = stockLevel(level.pathname.groups.sku ?? "");
    return result
      ? Response.json(result)
      : Response.json({ error: "unknown SKU" }, { status: 404 });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}
