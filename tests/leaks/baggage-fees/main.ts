import { bus } from "./events.ts";
import { RateBoard } from "./rate-board.ts";
import { type FxRates, routeGroup, RULES, setRates } from "./fees.ts";
import { type Bag, FeeQuote, oversize } from "./quotes.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8862;

const board = new RateBoard(["USD", "GBP", "ANG"]);

/** Quotes the checkout may still come back for (the basket refers to the quote id). */
const recentQuotes = new Map<string, FeeQuote>();
const KEEP_QUOTES = 50;

interface QuoteBody {
  basket?: string;
  flight?: string;
  from?: string;
  to?: string;
  currency?: string;
  bags?: Bag[];
}

async function createQuote(req: Request): Promise<Response> {
  const body = await req.json().catch(() => null) as QuoteBody | null;
  if (!body || !Array.isArray(body.bags) || body.bags.length === 0 || body.bags.length > 5) {
    return Response.json({ error: "1-5 bags required" }, { status: 400 });
  }
  const group = routeGroup(body.from ?? "", body.to ?? "");
  if (!group) return Response.json({ error: "unknown route" }, { status: 422 });
  const tooHeavy = oversize(RULES[group], body.bags);
  if (tooHeavy) {
    return Response.json({ error: `${tooHeavy.kg} kg must go as cargo` }, { status: 422 });
  }
  if (!body.basket || !/^[\w-]{3,40}$/.test(body.basket)) {
    return Response.json({ error: "basket reference required" }, { status: 400 });
  }
  const id = `BQ-${body.basket}`;
  const quote = new FeeQuote(id, body.flight ?? "?", group, body.bags, body.currency ?? "EUR");
  recentQuotes.set(id, quote);
  if (recentQuotes.size > KEEP_QUOTES) recentQuotes.delete(recentQuotes.keys().next().value!);
  return Response.json(quote, { status: 201, headers: { location: `/quotes/${id}` } });
}

async function publishRates(req: Request): Promise<Response> {
  const body = await req.json().catch(() => null) as Partial<FxRates> | null;
  if (!body?.rates || typeof body.rates !== "object") {
    return Response.json({ error: "rates required" }, { status: 400 });
  }
  const rates: FxRates = {
    base: "EUR",
    asOf: body.asOf ?? new Date().toISOString(),
    rates: { EUR: 1, ...body.rates },
  };
  setRates(rates);
  const delivered = bus.publish("fx.updated", rates);
  return Response.json({ asOf: rates.asOf, delivered });
}

async function handle(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/quotes" && req.method === "POST") return await createQuote(req);
  const m = /^\/quotes\/(BQ-[\w-]+)$/.exec(url.pathname);
  if (m && req.method === "GET") {
    const quote = recentQuotes.get(m[1]);
    return quote
      ? Response.json(quote)
      : Response.json({ error: "quote expired" }, { status: 404 });
  }
  if (url.pathname === "/fx" && req.method === "POST") return await publishRates(req);
  if (url.pathname === "/fx" && req.method === "GET") return Response.json(board.snapshot());
  if (url.pathname === "/status" && req.method === "GET") {
    return Response.json({ quotes: recentQuotes.size, topics: Object.keys(bus.topics()) });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`baggage-fees on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
