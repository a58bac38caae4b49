import { LookupCache } from "./cache.ts";
import { type Article, fetchArticle, SupplierError } from "./supplier.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8471;

const articles = new LookupCache<Article>({
  ttlMs: 10 * 60_000,
  negativeTtlMs: 1_500,
  maxEntries: 500,
});

const scans = { total: 0, unknown: 0 };

function normaliseGtin(raw: string): string | undefined {
  const digits = raw.replace(/\D/g, "");
  if (digits.length < 8 || digits.length > 14) return undefined;
  return digits.padStart(13, "0");
}

async function lookup(gtin: string) {
  const cached = articles.get(gtin);
  if (cached?.hit) return { found: true, article: cached.value, cached: true };
  if (cached) return { found: false, reason: cached.miss.reason, cached: true };
  try {
    const article = await fetchArticle(gtin);
    articles.set(gtin, article);
    return { found: true, article, cached: false };
  } catch (err) {
    if (!(err instanceof SupplierError) || err.status !== 404) throw err;
    articles.setMiss(gtin, { status: err.status, reason: "not-found", detail: err.body });
    return { found: false, reason: "not-found", cached: false };
  }
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`barcode-lookup on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  const match = /^\/scan\/([\d\s-]+)$/.exec(url.pathname);
  if (match && req.method === "GET") {
    const gtin = normaliseGtin(decodeURIComponent(match[1]));
    if (!gtin) return Response.json({ error: "not a GTIN" }, { status: 400 });
    scans.total++;
    const result = await lookup(gtin);
    if (!result.found) scans.unknown++;
    return Response.json({ gtin, ...result });
  }
  if (url.pathname === "/stats") {
    return Response.json({ scans, cache: articles.stats() });
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
