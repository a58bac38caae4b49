import { addLot, getLot, increment, placeBid, retractLeading, summary } from "./lots.ts";
import { notifyOutbid, pendingNotices } from "./notify.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8733;

addLot("lot-101", "Eames lounge chair, 1971", 120_000, 250_000);
addLot("lot-102", "Rolex Datejust 1601", 300_000, 450_000);
addLot("lot-103", "Signed first edition, The Hobbit", 80_000, 200_000);

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`auction-bids on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  const match = /^\/lots\/([\w-]+)(\/bids|\/quick-bid|\/retract)?$/.exec(url.pathname);
  if (!match) {
    if (url.pathname === "/healthz") return Response.json({ ok: true, notices: pendingNotices() });
    return Response.json({ error: "not found" }, { status: 404 });
  }
  const [, lotId, action] = match;
  const lot = getLot(lotId);
  if (!lot) return Response.json({ error: "unknown lot" }, { status: 404 });
  if (!action && req.method === "GET") return Response.json(summary(lot));

  const body = await req.json() as { bidder?: string; amountCents?: number };
  if (!body.bidder) return Response.json({ error: "bidder required" }, { status: 422 });
  if (action === "/retract") {
    return Response.json({ retracted: retractLeading(lotId, body.bidder), lot: summary(lot) });
  }
  const amount = action === "/quick-bid"
    ? (lot.leading ? lot.leading.amountCents + increment(lot.leading.amountCents) : lot.startCents)
    : Number(body.amountCents);
  const result = placeBid(lotId, body.bidder, amount, action === "/quick-bid" ? "quick" : "manual");
  if (typeof result === "string") return Response.json({ error: result }, { status: 409 });
  notifyOutbid(result);
  return Response.json({ accepted: true, bidId: result.id, amountCents: result.amountCents }, {
    status: 201,
  });
});
