import { ReactiveStore } from "./reactive.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

type Pair = "EURUSD" | "EURGBP" | "EURCHF" | "GBPUSD";

/** Mid rates from the market-data feed; every open quote follows its pair. */
const fx = new ReactiveStore<Record<Pair, number>>({
  EURUSD: 1.0842,
  EURGBP: 0.8571,
  EURCHF: 0.9418,
  GBPUSD: 1.2649,
});

const SPREAD_BP = 35;
const fmt = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 5 });

interface Quote {
  id: string;
  client: string;
  pair: Pair;
  side: "buy" | "sell";
  notional: number;
  rate: number;
  amount: number;
  revisions: { rate: number; at: number }[];
  createdAt: number;
  stop: () => void;
}

/** Open requests for quote, by id, until the client accepts or declines. */
const quotes = new Map<string, Quote>();
const booked: { id: string; pair: Pair; rate: number; amount: number }[] = [];

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

function openQuote(id: string, client: string, pair: Pair, side: "buy" | "sell", notional: number) {
  const quote = {
    id,
    client,
    pair,
    side,
    notional,
    revisions: [],
    createdAt: Date.now(),
  } as unknown as Quote;
  quote.stop = fx.watch(() => {
    const mid = fx.state[pair];
    const skew = (side === "buy" ? 1 : -1) * mid * SPREAD_BP / 10_000;
    quote.rate = Number((mid + skew).toFixed(5));
    quote.amount = Math.round(notional * quote.rate * 100) / 100;
    quote.revisions.push({ rate: quote.rate, at: Date.now() });
    if (quote.revisions.length > 10) quote.revisions.shift();
  });
  quotes.set(id, quote);
  return quote;
}

function view(q: Quote) {
  return { id: q.id, pair: q.pair, side: q.side, rate: fmt.format(q.rate), amount: q.amount };
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });

  if (req.method === "POST" && url.pathname === "/quotes") {
    const b = await req.json();
    if (!b.id || !(b.pair in fx.state)) return json({ error: "id and a known pair required" }, 400);
    if (quotes.has(b.id)) return json({ error: `quote ${b.id} exists` }, 409);
    const q = openQuote(
      String(b.id),
      String(b.client ?? "anon"),
      b.pair,
      b.side,
      Number(b.notional),
    );
    return json(view(q), 201);
  }

  const action = /^\/quotes\/([\w-]+)\/(accept|decline)$/.exec(url.pathname);
  if (req.method === "POST" && action) {
    const quote = quotes.get(action[1]);
    if (!quote) return json({ error: "no such quote" }, 404);
    quotes.delete(quote.id);
    if (action[2] === "decline") return json({ id: quote.id, declined: true });
    quote.stop();
    booked.push({ id: quote.id, pair: quote.pair, rate: quote.rate, amount: quote.amount });
    if (booked.length > 50) booked.shift();
    return json({ ...view(quote), booked: true });
  }

  if (req.method === "POST" && url.pathname === "/rates") {
    const b = await req.json() as Partial<Record<Pair, number>>;
    for (const [pair, mid] of Object.entries(b)) {
      if (pair in fx.state && Number.isFinite(mid)) fx.state[pair as Pair] = Number(mid);
    }
    return json(fx.state);
  }

  if (url.pathname === "/desk") {
    return json({ open: quotes.size, watching: fx.watching, booked: booked.slice(-5) });
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`rfq-desk on http://127.0.0.1:${port}`),
}, (req) => handle(req).catch((error) => json({ error: String(error) }, 400)));
