import { TtlCache } from "./ttl_cache.ts";
import { buildQuote, fixedPeriods, type Product, publishSheet, type Quote } from "./rates.ts";

const QUOTE_TTL_MS = 10 * 60_000;
const quoteCache = new TtlCache<Quote>(QUOTE_TTL_MS);
const PRODUCTS = new Set<Product>(["annuity", "linear"]);

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

function intParam(url: URL, name: string): number | undefined {
  const raw = url.searchParams.get(name);
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  return Number(raw);
}

function quote(url: URL): Response {
  const product = (url.searchParams.get("product") ?? "annuity") as Product;
  if (!PRODUCTS.has(product)) return json({ error: "product is annuity or linear" }, 400);
  const loan = intParam(url, "loan");
  const value = intParam(url, "value");
  const term = intParam(url, "term") ?? 30;
  const fixed = intParam(url, "fixed") ?? 10;
  if (!loan || !value) return json({ error: "loan and value are whole euros" }, 400);
  if (loan > value) return json({ error: "loan above property value" }, 422);
  if (term < 5 || term > 30) return json({ error: "term is 5–30 years" }, 400);
  if (!fixedPeriods().includes(fixed)) {
    return json({ error: `fixed period is one of ${fixedPeriods().join(", ")}` }, 400);
  }

  const key = `${product}:${fixed}:${term}:${loan}:${value}`;
  const cached = quoteCache.get(key);
  if (cached) return json({ ...cached, cached: true });
  const fresh = buildQuote(product, loan * 100, value * 100, term, fixed);
  if (!fresh) return json({ error: "no rate for this loan-to-value" }, 422);
  quoteCache.set(key, fresh);
  return json({ ...fresh, cached: false });
}

export async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/quotes" && req.method === "GET") return quote(url);
  if (url.pathname === "/cache") return json(quoteCache.stats());

  if (url.pathname === "/rate-sheet" && req.method === "POST") {
    if (req.headers.get("x-role") !== "treasury") return json({ error: "forbidden" }, 403);
    const body = await req.json().catch(() => null);
    if (!body || typeof body.version !== "string" || typeof body.changes !== "object") {
      return json({ error: "version and changes are required" }, 400);
    }
    publishSheet(body.version, body.changes);
    let dropped = 0;
    for (const product of PRODUCTS) dropped += quoteCache.invalidate(`${product}:`);
    return json({ version: body.version, dropped });
  }
  return json({ error: "not found" }, 404);
}
