import { lockCount, sweepExpired } from "./locks.ts";
import { findMarket } from "./markets.ts";
import { place, quote, SlipError, type SlipRequest, tradingSummary } from "./slips.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;
const auditExpired = Deno.args.includes("--audit-expired-locks");

const sweeper = setInterval(() => {
  const dropped = sweepExpired(Date.now());
  if (auditExpired) {
    for (const lock of dropped) console.log(`lock ${lock.id} (${lock.account}) expired`);
  }
}, 250);
Deno.unrefTimer(sweeper);

const PLACE = new URLPattern({ pathname: "/slips/:id/place" });
const MARKET = new URLPattern({ pathname: "/markets/:id" });

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true, locks: lockCount() });
  if (url.pathname === "/slips" && req.method === "POST") {
    const slip = await req.json() as SlipRequest;
    return Response.json(quote(slip, req.headers.get("x-device") ?? "web"), { status: 201 });
  }
  const placing = PLACE.exec(url);
  if (placing && req.method === "POST") {
    return Response.json(place(placing.pathname.groups.id!), { status: 201 });
  }
  const market = MARKET.exec(url);
  if (market && req.method === "GET") {
    const found = findMarket(market.pathname.groups.id!);
    return found ? Response.json(found) : Response.json({ error: "no market" }, { status: 404 });
  }
  if (url.pathname === "/trading" && req.method === "GET") return Response.json(tradingSummary());
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({ hostname: "127.0.0.1", port }, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof SlipError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    if (err instanceof SyntaxError) {
      return Response.json({ error: "invalid JSON" }, { status: 400 });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
