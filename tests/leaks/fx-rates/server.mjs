import http from "node:http";
import { CURRENCIES, providerCalls } from "./provider.mjs";
import { breakerStats, convert } from "./rates.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(text);
}

const handlers = {
  "/healthz": () => ({ ok: true }),
  "/currencies": () => ({ currencies: CURRENCIES }),
  "/stats": () => ({ breaker: breakerStats(), providerCalls: providerCalls() }),
  "/convert": (url) => {
    const from = (url.searchParams.get("from") ?? "").toUpperCase();
    const to = (url.searchParams.get("to") ?? "").toUpperCase();
    const amount = Number(url.searchParams.get("amount"));
    if (!CURRENCIES.includes(from) || !CURRENCIES.includes(to)) {
      throw Object.assign(new Error("from and to must be supported currencies"), { status: 400 });
    }
    if (!Number.isFinite(amount) || amount <= 0 || amount > 10_000_000) {
      throw Object.assign(new Error("amount must be a positive number"), { status: 400 });
    }
    return convert(from, to, Math.round(amount * 100) / 100);
  },
};

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  const handler = req.method === "GET" ? handlers[url.pathname] : undefined;
  if (!handler) return send(res, 404, { error: "not found" });
  try {
    send(res, 200, await handler(url));
  } catch (err) {
    send(res, err.status ?? 500, { error: err.message });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`fx-rates on http://127.0.0.1:${port}`));
