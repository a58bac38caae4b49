import http from "node:http";
import { acceptQuote, findQuote, issueQuote, QUOTE_TTL_MS, quoteStats } from "./quotes.mjs";
import { rateStats } from "./rates.mjs";
import { blotterView, book } from "./trades.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4866;

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

const view = (q) => ({
  id: q.id,
  pair: q.pair,
  side: q.side,
  amount: q.amount,
  rate: q.rate,
  status: q.status,
  validMs: Math.max(0, q.expiresAt - Date.now()),
});

async function route(req, res, url) {
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/quotes" && req.method === "POST") {
    const b = await readJson(req);
    if (!b.requestId) return send(res, 422, { error: "requestId required" });
    const r = issueQuote(b);
    return r.error ? send(res, r.status, { error: r.error }) : send(res, 201, view(r.quote));
  }
  const accept = /^\/quotes\/([\w-]+)\/accept$/.exec(url.pathname);
  if (accept && req.method === "POST") {
    const r = acceptQuote(accept[1]);
    if (r.error) return send(res, r.status, { error: r.error });
    const trade = book(r.quote);
    return send(res, 201, { trade: trade.id, rate: trade.rate, amount: trade.amount });
  }
  const one = /^\/quotes\/([\w-]+)$/.exec(url.pathname);
  if (one) {
    const quote = findQuote(one[1]);
    return quote ? send(res, 200, view(quote)) : send(res, 404, { error: "no such quote" });
  }
  if (url.pathname === "/blotter") {
    const limit = Number(url.searchParams.get("limit")) || 10;
    return send(res, 200, { ...blotterView(limit), quotes: quoteStats(), rates: rateStats() });
  }
  if (url.pathname === "/config") return send(res, 200, { quoteTtlMs: QUOTE_TTL_MS });
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  route(req, res, url).catch((err) => send(res, 400, { error: String(err?.message ?? err) }));
}).listen(port, "127.0.0.1", () => console.log(`fx-rfq on 127.0.0.1:${port}`));
