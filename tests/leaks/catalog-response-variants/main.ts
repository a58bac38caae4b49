import { listCategory, priceVersion, setPrice } from "./catalog.ts";
import { cached, cacheStats, invalidate } from "./response_cache.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const CURRENCIES: Record<string, { code: string; rate: number }> = {
  EUR: { code: "EUR", rate: 1 },
  GBP: { code: "GBP", rate: 0.86 },
  USD: { code: "USD", rate: 1.08 },
};

function currencyOf(req: Request) {
  const cookie = req.headers.get("cookie") ?? "";
  const code = /(?:^|;\s*)currency=(\w+)/.exec(cookie)?.[1] ?? "EUR";
  return CURRENCIES[code] ?? CURRENCIES.EUR;
}

function renderCategory(req: Request, category: string): string {
  const locale = req.headers.get("accept-language")?.split(",")[0] || "en-GB";
  const currency = currencyOf(req);
  const format = new Intl.NumberFormat(locale, { style: "currency", currency: currency.code });
  const items = listCategory(category).map((item) => ({
    sku: item.sku,
    name: item.name,
    price: format.format((item.priceCents * currency.rate) / 100),
    availability: item.stock > 5 ? "in stock" : item.stock > 0 ? "low stock" : "sold out",
  }));
  return JSON.stringify({ category, priceVersion, currency: currency.code, items });
}

async function route(req: Request, url: URL): Promise<Response> {
  const category = /^\/api\/catalog\/([\w-]+)$/.exec(url.pathname);
  if (req.method === "GET" && category) {
    if (!listCategory(category[1]).length) {
      return Response.json({ error: "no such category" }, { status: 404 });
    }
    return await cached(req, url.pathname, () => renderCategory(req, category[1]));
  }
  const price = /^\/admin\/prices\/([\w-]+)$/.exec(url.pathname);
  if (req.method === "PATCH" && price) {
    const body = await req.json() as { priceCents: number };
    const item = setPrice(price[1], Number(body.priceCents));
    if (!item) return Response.json({ error: "no such sku" }, { status: 404 });
    invalidate(`/api/catalog/${item.category}`);
    return Response.json(item);
  }
  if (req.method === "GET" && url.pathname === "/admin/cache") {
    return Response.json(cacheStats());
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await route(req, url);
  } catch (err) {
    return Response.json({ error: String((err as Error).message) }, { status: 400 });
  }
});
