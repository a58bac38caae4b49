import { $rates, nextRate, PAIRS, startStream } from "./rates.ts";
import { liveQuotes, makeQuote, recentQuotes } from "./quotes.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

startStream();

function json(data: unknown, status = 200): Response {
  return new Response(JSON.stringify(data), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/rates") return json($rates.get());

  // GET /rates/watch?pair=EURUSD&wait=15: long-poll for the pair's next tick
  if (url.pathname === "/rates/watch") {
    const pair = (url.searchParams.get("pair") ?? "").toUpperCase();
    if (!PAIRS.includes(pair)) return json({ error: "unknown pair" }, 400);
    const wait = Math.min(5_000, Math.max(1, Number(url.searchParams.get("wait")) || 1_000));
    const { rate, moved } = await nextRate(pair, wait);
    return json({ pair, rate, moved });
  }

  if (url.pathname === "/quotes" && req.method === "POST") {
    const body = await req.json().catch(() => ({})) as {
      client?: string;
      pair?: string;
      side?: string;
      amount?: number;
    };
    const pair = (body.pair ?? "").toUpperCase();
    if (!body.client || !PAIRS.includes(pair) || !(Number(body.amount) > 0)) {
      return json({ error: "client, pair and amount are required" }, 400);
    }
    const side = body.side === "sell" ? "sell" : "buy";
    const quote = makeQuote(body.client, pair, side, Number(body.amount), $rates.get()[pair]);
    return json(quote, 201);
  }

  if (url.pathname === "/quotes/live") {
    const live = liveQuotes();
    return json({ held: recentQuotes.size, live: live.length, latest: live.slice(-5) });
  }

  return json({ error: "not found" }, 404);
}

Deno.serve({ hostname: "127.0.0.1", port, onListen: () => {} }, handle);
