import { providerCalls } from "./provider.ts";
import { quote } from "./quotes.ts";
import { RateBook } from "./rates.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8931;

const rates = new RateBook(30_000);
const DEFAULT_MARGIN_BPS = 250;
// Margins per till (basis points below mid); the branch has six tills.
const margins = new Map<string, number>();
const TILLS = new Set(["1", "2", "3", "4", "5", "6"]);

function requestIdOf(req: Request): string {
  return req.headers.get("x-request-id") ?? crypto.randomUUID();
}

async function handle(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/quote" && req.method === "GET") {
    const from = (url.searchParams.get("from") ?? "EUR").toUpperCase();
    const to = (url.searchParams.get("to") ?? "").toUpperCase();
    const amount = Number(url.searchParams.get("amount"));
    if (!Number.isFinite(amount) || amount <= 0 || amount > 10_000) {
      return Response.json({ error: "amount: 0 to 10000" }, { status: 422 });
    }
    const till = url.searchParams.get("till") ?? "1";
    const noCache = req.headers.get("cache-control")?.includes("no-cache") ?? false;
    const requestId = requestIdOf(req);
    const snapshot = noCache
      ? await rates.fresh(requestId, "no-cache")
      : await rates.current(requestId);
    const result = quote(snapshot, from, to, amount, margins.get(till) ?? DEFAULT_MARGIN_BPS);
    if (!result) return Response.json({ error: "currency not traded" }, { status: 404 });
    return Response.json(result);
  }

  const m = /^\/tills\/(\w+)\/margin$/.exec(url.pathname);
  if (m && req.method === "POST") {
    if (!TILLS.has(m[1])) return Response.json({ error: "no such till" }, { status: 404 });
    const { bps } = await req.json() as { bps: number };
    if (!Number.isInteger(bps) || bps < 0 || bps > 900) {
      return Response.json({ error: "bps: 0 to 900" }, { status: 422 });
    }
    margins.set(m[1], bps);
    // A new margin is quoted against fresh rates, so the till's board matches the feed.
    const snapshot = await rates.fresh(requestIdOf(req), `margin:${m[1]}`);
    return Response.json({ till: m[1], bps, ratesAt: new Date(snapshot.fetchedAt).toISOString() });
  }

  if (url.pathname === "/rates/status") {
    return Response.json({
      ...rates.status(),
      providerCalls: providerCalls(),
      tills: margins.size,
    });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`travel-money on http://${hostname}:${port}`),
}, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  return handle(req, url).catch((err) =>
    Response.json({ error: String(err?.message ?? err) }, { status: 500 })
  );
});
