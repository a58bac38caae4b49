import http from "node:http";
import { LruCache } from "./lru.mjs";
import { fetchRate, ratesPool, SUPPORTED } from "./rates.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4473;

const SPREAD = 0.015;
const QUOTE_TTL_MS = 30_000;
const quotes = new LruCache(64);
const MAX_RECENT_ERRORS = 20;
const recentErrors = [];
const routeMetrics = new Map();
const WINDOW_MS = 60_000;
const LIMIT_PER_WINDOW = 100_000;
const usageByKey = new Map();

class QuoteError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

function checkQuota(apiKey) {
  if (!apiKey) throw new QuoteError(401, "x-api-key is required");
  const now = Date.now();
  let usage = usageByKey.get(apiKey);
  if (!usage || now - usage.windowStart >= WINDOW_MS) {
    usage = { windowStart: now, count: 0 };
    usageByKey.set(apiKey, usage);
  }
  if (++usage.count > LIMIT_PER_WINDOW) throw new QuoteError(429, "quota exceeded");
}

async function quote(from, to, amount) {
  if (!SUPPORTED.has(from) || !SUPPORTED.has(to)) {
    throw new QuoteError(400, `unsupported pair ${from}/${to}`);
  }
  if (!(amount > 0)) throw new QuoteError(400, "amount must be positive");
  const key = `${from}:${to}:${amount}`;
  const cached = quotes.get(key);
  if (cached && Date.now() - cached.at < QUOTE_TTL_MS) return { ...cached, cached: true };
  const mid = await fetchRate(from, to);
  const rate = mid * (1 - SPREAD);
  const result = {
    from,
    to,
    amount,
    rate: Number(rate.toFixed(6)),
    converted: Math.round(amount * rate * 100) / 100,
    at: Date.now(),
  };
  quotes.set(key, result);
  return result;
}

function observe(template, status, ms) {
  let m = routeMetrics.get(template);
  if (!m) routeMetrics.set(template, m = { count: 0, errors: 0, totalMs: 0 });
  m.count++;
  if (status >= 400) m.errors++;
  m.totalMs += ms;
}

async function route(req, url) {
  if (url.pathname === "/quote") {
    checkQuota(req.headers["x-api-key"]);
    const p = url.searchParams;
    const from = (p.get("from") || "").toUpperCase();
    const to = (p.get("to") || "").toUpperCase();
    return ["/quote", 200, await quote(from, to, Number(p.get("amount")))];
  }
  if (url.pathname === "/metrics") {
    return ["/metrics", 200, {
      routes: Object.fromEntries(routeMetrics),
      cache: { size: quotes.size, hits: quotes.hits, misses: quotes.misses },
      pool: { size: ratesPool.size, idle: ratesPool.idleCount, ...ratesPool.stats },
      recentErrors,
    }];
  }
  return ["(unmatched)", 404, { error: "not found" }];
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  const started = performance.now();
  let template = url.pathname === "/quote" ? "/quote" : "(other)";
  let status = 500;
  try {
    const [t, s, body] = await route(req, url);
    template = t;
    status = s;
    send(res, status, body);
  } catch (err) {
    status = err instanceof QuoteError ? err.status : 500;
    if (status === 500) console.error(err);
    recentErrors.push({ at: Date.now(), path: url.pathname, status, message: err.message });
    if (recentErrors.length > MAX_RECENT_ERRORS) recentErrors.shift();
    send(res, status, { error: status === 500 ? "internal error" : err.message });
  } finally {
    observe(template, status, performance.now() - started);
  }
});

server.listen(port, "127.0.0.1", () => console.log(`currency-quotes on 127.0.0.1:${port}`));
