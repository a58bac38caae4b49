import http from "node:http";
import { startProvider } from "./provider.mjs";
import { configureProvider, convert, providerStats, ratesFor } from "./rates.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const CURRENCY = /^[A-Z]{3}$/;

function json(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return json(res, 200, { ok: true });

  if (req.method === "GET" && url.pathname === "/convert") {
    const from = (url.searchParams.get("from") ?? "").toUpperCase();
    const to = (url.searchParams.get("to") ?? "").toUpperCase();
    const amount = Number(url.searchParams.get("amount"));
    if (!CURRENCY.test(from) || !CURRENCY.test(to)) {
      return json(res, 400, { error: "from and to must be ISO 4217 codes" });
    }
    if (!Number.isFinite(amount) || amount <= 0) {
      return json(res, 400, { error: "amount must be positive" });
    }
    return json(res, 200, await convert(from, to, amount));
  }

  const m = /^\/rates\/([A-Za-z]{3})$/.exec(url.pathname);
  if (req.method === "GET" && m) return json(res, 200, await ratesFor(m[1].toUpperCase()));

  if (req.method === "GET" && url.pathname === "/provider/stats") {
    return json(res, 200, providerStats());
  }
  json(res, 404, { error: "not found" });
}

configureProvider(await startProvider());

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    const status = err.response?.statusCode === 422 ? 422 : 502;
    json(res, status, { error: status === 422 ? "unsupported pair" : "provider unavailable" });
  });
}).listen(port, "127.0.0.1", () => console.log(`fx-rate-gateway on http://127.0.0.1:${port}`));
