import { type BundleLine, KITS, priceBundle, PricingError } from "./bundles.ts";
import { clearAllMemos } from "./memo.ts";
import { isCurrency, isGroup, loadPriceList, priceListVersion } from "./price_list.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8650;

const KIT = new URLPattern({ pathname: "/bundles/:kit" });

loadPriceList("2024-06-01");

function pricingContext(customer: string, group: string, currency: string) {
  if (!isGroup(group)) throw new PricingError(422, `unknown customer group ${group}`);
  if (!isCurrency(currency)) throw new PricingError(422, `unsupported currency ${currency}`);
  return { customer, group, currency };
}

function parseLines(value: unknown): BundleLine[] {
  if (!Array.isArray(value) || value.length === 0) throw new PricingError(422, "items required");
  return value.map((item) => {
    const qty = Number(item?.qty);
    if (!Number.isInteger(qty) || qty < 1 || qty > 99) throw new PricingError(422, "bad qty");
    return { sku: String(item?.sku ?? ""), qty };
  });
}

async function route(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/bundles/quote" && req.method === "POST") {
    const body = await req.json().catch(() => null);
    if (!body || typeof body !== "object") throw new PricingError(400, "expected a JSON object");
    const ctx = pricingContext(
      String(body.customer ?? "anonymous"),
      String(body.group ?? "retail"),
      String(body.currency ?? "EUR"),
    );
    const quote = priceBundle(parseLines(body.items), {
      ...ctx,
      promoCode: body.promoCode ? String(body.promoCode) : undefined,
    });
    return Response.json({ priceList: priceListVersion, ...quote });
  }

  if (url.pathname === "/admin/price-list/reload" && req.method === "POST") {
    loadPriceList(new Date().toISOString().slice(0, 10));
    return Response.json({ version: priceListVersion, memosCleared: clearAllMemos() });
  }

  const kit = KIT.exec(url);
  if (kit && req.method === "GET") {
    const lines = KITS[kit.pathname.groups.kit!];
    if (!lines) throw new PricingError(404, "no such kit");
    const ctx = pricingContext(
      "anonymous",
      url.searchParams.get("group") ?? "retail",
      url.searchParams.get("currency") ?? "EUR",
    );
    return Response.json({ kit: kit.pathname.groups.kit, ...priceBundle(lines, ctx) });
  }

  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`bundle-pricing on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await route(req, url);
  } catch (err) {
    if (err instanceof PricingError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
