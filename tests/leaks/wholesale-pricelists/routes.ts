import { findStore, setBasePrice } from "./catalogue.ts";
import { buildPriceList } from "./pricelist.ts";
import { published } from "./versions.ts";

const PUBLISH = new URLPattern({ pathname: "/stores/:store/publish" });
const LATEST = new URLPattern({ pathname: "/stores/:store/pricelist" });
const VERSION = new URLPattern({ pathname: "/pricelists/:hash" });
const PRODUCT_PRICE = new URLPattern({ pathname: "/products/:sku/price" });

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

export async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });

  const publish = PUBLISH.exec({ pathname: url.pathname });
  if (publish && req.method === "POST") {
    const store = findStore(publish.pathname.groups.store!);
    if (!store) return json({ error: "no such store" }, 404);
    const body = await req.json().catch(() => ({})) as { by?: string };
    const { version, reused } = await published.publish(buildPriceList(store), body.by ?? "api");
    return json(
      { hash: version.hash, reused, publishedAt: version.publishedAt },
      reused ? 200 : 201,
    );
  }

  const latest = LATEST.exec({ pathname: url.pathname });
  if (latest && req.method === "GET") {
    const version = published.latest(latest.pathname.groups.store!);
    if (!version) return json({ error: "nothing published for this store" }, 404);
    // Tills send the hash they have; they download only when it changed.
    if (
      url.searchParams.get("have") === version.hash ||
      req.headers.get("if-none-match") === `"${version.hash}"`
    ) {
      return new Response(null, { status: 304, headers: { etag: `"${version.hash}"` } });
    }
    return new Response(version.body, {
      headers: { "content-type": "application/json", etag: `"${version.hash}"` },
    });
  }

  const one = VERSION.exec({ pathname: url.pathname });
  if (one && req.method === "GET") {
    const version = published.get(one.pathname.groups.hash!);
    return version
      ? new Response(version.body, { headers: { "content-type": "application/json" } })
      : json({ error: "unknown version" }, 404);
  }

  const price = PRODUCT_PRICE.exec({ pathname: url.pathname });
  if (price && req.method === "POST") {
    const body = await req.json().catch(() => null) as { baseCents?: number } | null;
    if (!body || !Number.isInteger(body.baseCents)) return json({ error: "baseCents" }, 422);
    const product = setBasePrice(price.pathname.groups.sku!, body.baseCents!);
    return product ? json(product) : json({ error: "no such product" }, 404);
  }
  return json({ error: "not found" }, 404);
}
