import {
  AuctionError,
  bid,
  board,
  land,
  type LandingRequest,
  onClock,
  SPECIES,
} from "./auction.ts";
import { chartFor } from "./price_charts.ts";

const BID = /^\/lots\/(LD-\d+-\d+)\/bid$/;
const PRICES = /^\/prices\/([A-Z]{3})$/;

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

async function dispatch(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/healthz") return json({ ok: true });
  if (req.method === "GET" && url.pathname === "/board") return json(board());
  if (req.method === "POST" && url.pathname === "/landings") {
    return json(land(await req.json() as LandingRequest), 201);
  }
  if (req.method === "GET" && url.pathname === "/lots") {
    const species = url.searchParams.get("species") ?? "";
    if (!(species in SPECIES)) return json({ error: "unknown species" }, 400);
    return json(onClock(species, req.headers.get("x-terminal") ?? "unknown"));
  }
  const b = BID.exec(url.pathname);
  if (req.method === "POST" && b) {
    const body = await req.json() as { buyer?: string; centsPerKg?: number };
    return json(bid(b[1], String(body.buyer), Number(body.centsPerKg)));
  }
  const p = PRICES.exec(url.pathname);
  if (req.method === "GET" && p) {
    const chart = chartFor(p[1]);
    return chart ? json(chart) : json({ error: "no sales yet" }, 404);
  }
  return json({ error: "not found" }, 404);
}

export async function handle(req: Request): Promise<Response> {
  try {
    return await dispatch(req, new URL(req.url));
  } catch (err) {
    if (err instanceof AuctionError) return json({ error: err.message }, err.status);
    if (err instanceof SyntaxError) return json({ error: "invalid JSON" }, 400);
    console.error(err);
    return json({ error: "internal error" }, 500);
  }
}
