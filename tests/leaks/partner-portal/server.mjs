import http from "node:http";
import { Feed, FeedClient } from "./lib/feed.mjs";
import {
  commissions,
  conversionCount,
  normaliseIban,
  partner,
  recordConversion,
} from "./lib/partners.mjs";
import { compiledCount, HttpError, Router } from "./lib/router.mjs";
import { singleFlight } from "./lib/single-flight.mjs";

const portArg = process.argv.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4164;

const feed = new Feed();

const previewPayout = singleFlight(
  (req) => `${req.partnerId}|${req.iban}|${req.period}`,
  async (req) => {
    await new Promise((resolve) => setImmediate(resolve)); // the payout provider's preview call
    req.iban = normaliseIban(req.iban);
    const lines = commissions(req.partnerId).filter((c) => c.status === "approved");
    const gross = lines.reduce((sum, c) => sum + c.commission, 0);
    const fee = gross >= 10_000 ? 0 : 150;
    return {
      partnerId: req.partnerId,
      period: req.period,
      iban: req.iban,
      gross,
      fee,
      net: gross - fee,
    };
  },
);

const partnerRoutes = new Router()
  .on("GET", "/", (ctx) => ctx.json(200, partner(ctx.params.partnerId)))
  .on(
    "GET",
    "/commissions",
    (ctx) => ctx.json(200, { commissions: commissions(ctx.params.partnerId) }),
  )
  .on("GET", "/commissions/:orderId", (ctx) => {
    const found = commissions(ctx.params.partnerId).find((c) => c.orderId === ctx.params.orderId);
    if (!found) throw new HttpError(404, "no such commission");
    ctx.json(200, found);
  })
  .on("GET", "/live", (ctx) => {
    const p = partner(ctx.params.partnerId);
    const client = new FeedClient(
      ctx.res,
      ctx.query.get("mode") === "snapshot" ? "snapshot" : "live",
    );
    feed.attach(p.id, client);
    client.start();
    client.push("snapshot", { partner: p, commissions: commissions(p.id) });
  })
  .on("POST", "/payout-preview", async (ctx) => {
    partner(ctx.params.partnerId);
    const period = String(ctx.body?.period ?? "");
    if (!/^\d{4}-\d{2}$/.test(period)) throw new HttpError(422, "period YYYY-MM");
    ctx.json(
      200,
      await previewPayout({ partnerId: ctx.params.partnerId, iban: ctx.body?.iban, period }),
    );
  });

const app = new Router()
  .on("GET", "/healthz", (ctx) => ctx.json(200, { ok: true }))
  .mount("/partners/:partnerId", partnerRoutes)
  .on("POST", "/conversions", (ctx) => {
    const conversion = recordConversion(ctx.body ?? {});
    const delivered = feed.publish(conversion.partnerId, "conversion", conversion);
    ctx.json(202, { ...conversion, delivered });
  })
  .on("GET", "/debug", (ctx) =>
    ctx.json(200, {
      compiledPatterns: compiledCount(),
      feedClients: feed.size(),
      previewsInFlight: previewPayout.pending(),
      conversions: conversionCount(),
    }));

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  if (chunks.length === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new HttpError(400, "invalid JSON");
  }
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://partners.local");
  const ctx = {
    res,
    method: req.method,
    path: url.pathname,
    query: url.searchParams,
    params: {},
    body: undefined,
    json(status, payload) {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(payload));
    },
  };
  try {
    ctx.body = await readBody(req);
    if (!(await app.dispatch(ctx))) ctx.json(404, { error: "not found" });
  } catch (err) {
    if (res.headersSent) return res.end();
    if (err instanceof HttpError) return ctx.json(err.status, { error: err.message });
    console.error(err);
    ctx.json(500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`partner portal on 127.0.0.1:${port}`));
