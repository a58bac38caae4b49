import { supported } from "./provider.ts";
import { QuoteBook, QuoteError } from "./quotes.ts";
import { RateCache } from "./rates.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const rates = new RateCache(16, 200);
const quotes = new QuoteBook();

/** Our margin over mid, by target currency (basis points). */
const MARGIN_BPS: Record<string, number> = { GBP: 45, USD: 40, CHF: 60, SEK: 80, NOK: 80 };

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return json({ ok: true });

  if (parts[0] === "rates" && parts.length === 3 && req.method === "GET") {
    const [base, quote] = [parts[1].toUpperCase(), parts[2].toUpperCase()];
    if (!supported(base) || !supported(quote)) return json({ error: "unsupported pair" }, 404);
    const r = await rates.get(base, quote);
    return json({ pair: `${base}/${quote}`, mid: r.mid, asOf: r.asOf });
  }

  if (url.pathname === "/quotes" && req.method === "POST") {
    const body = await req.json() as { id: string; from: string; to: string; amountMinor: number };
    if (!body.id || !supported(body.from) || !supported(body.to)) {
      return json({ error: "id and supported currencies required" }, 400);
    }
    const r = await rates.get(body.from, body.to);
    const margin = MARGIN_BPS[body.to] ?? 100;
    return json(quotes.lock(body.id, body.from, body.to, body.amountMinor, r.mid, margin), 201);
  }

  if (parts[0] === "quotes" && parts[1] && parts[2] === "accept" && req.method === "POST") {
    return json(quotes.accept(parts[1]));
  }

  if (url.pathname === "/conversions") {
    const limit = Number(url.searchParams.get("limit") ?? 10);
    return json({ open: quotes.open(), lapsed: quotes.lapsed, recent: quotes.recent(limit) });
  }
  if (url.pathname === "/stats") return json(rates.stats());

  return json({ error: "not found" }, 404);
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => {} },
  (req) =>
    handle(req).catch((err) => {
      const status = err instanceof QuoteError ? err.status : 500;
      return json({ error: (err as Error).message }, status);
    }),
);
console.log(`fx quotes on :${port}`);
