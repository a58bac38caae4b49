import { clientFor } from "./clients.ts";
import { tenantById } from "./tenants.ts";

const portFlag = Deno.args.find((a) => a.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8120;

const json = (status: number, body: unknown) => Response.json(body, { status });

const PRODUCT = /^\/t\/([\w-]+)\/products\/([\w-]+)$/;
const PRICES = /^\/t\/([\w-]+)\/prices$/;

async function handle(req: Request): Promise<Response> {
  const { pathname, searchParams } = new URL(req.url);
  if (pathname === "/healthz") return json(200, { ok: true });

  const m = pathname.match(PRODUCT) ?? pathname.match(PRICES);
  if (!m) return json(404, { error: "not found" });
  const tenant = tenantById(m[1]);
  if (!tenant) return json(404, { error: "unknown storefront" });
  // The edge hands us the shopper's delegated token; the backend scopes prices and stock to it.
  const token = req.headers.get("authorization")?.replace(/^Bearer\s+/i, "");
  if (!token) return json(401, { error: "missing shopper token" });
  const client = clientFor(tenant, token);

  if (m[2]) {
    const product = await client.product(m[2]);
    return product ? json(200, product) : json(404, { error: "no such product" });
  }
  const skus = (searchParams.get("skus") ?? "").split(",").filter(Boolean);
  const products = await Promise.all(skus.map((sku) => client.product(sku)));
  return json(200, {
    storefront: tenant.name,
    prices: products.filter((p) => p).map((p) => ({ sku: p!.sku, price: p!.price })),
    currency: tenant.currency,
  });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`storefront api on 127.0.0.1:${port}`),
}, handle);
