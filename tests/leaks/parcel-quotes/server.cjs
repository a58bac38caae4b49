"use strict";

const http = require("node:http");
const { QuoteError, Shipment } = require("./shipment.cjs");
const { quote, quoteStats } = require("./quotes.cjs");

const portArg = process.argv.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4163;

const RECENT = 20;
const recentQuotes = [];

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
  } catch {
    throw new QuoteError(400, "invalid JSON");
  }
}

async function route(req, res, url) {
  if (req.method === "GET" && url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (req.method === "POST" && url.pathname === "/quotes") {
    const shipment = new Shipment(await readJson(req));
    const rates = await quote(shipment);
    const cheapest = rates.offers.find((o) => o.amount !== undefined);
    recentQuotes.push({ lane: rates.lane, kg: rates.chargeableKg, cheapest: cheapest?.carrier });
    if (recentQuotes.length > RECENT) recentQuotes.shift();
    return send(res, 200, {
      reference: shipment.reference,
      ...rates,
      offers: rates.offers.map((o) => ({ ...o, amount: o.amount && o.amount / 100 })),
    });
  }
  if (req.method === "GET" && url.pathname === "/quotes/stats") {
    return send(res, 200, { ...quoteStats(), recent: recentQuotes.slice(-5) });
  }
  send(res, 404, { error: "not found" });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://quotes.local");
  try {
    await route(req, res, url);
  } catch (err) {
    if (err instanceof QuoteError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`parcel quotes on 127.0.0.1:${port}`));
