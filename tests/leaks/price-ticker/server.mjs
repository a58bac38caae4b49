import http from "node:http";
import { symbols } from "./feed.mjs";
import { firmQuote, nextPrice } from "./quotes.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

function sendJson(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true });
  if (url.pathname === "/symbols") return sendJson(res, 200, symbols());

  const m = /^\/quotes\/([A-Z]+)$/.exec(url.pathname);
  if (m && req.method === "GET") {
    const qty = Number(url.searchParams.get("qty") ?? 1);
    const side = url.searchParams.get("side") === "sell" ? "sell" : "buy";
    if (!symbols().includes(m[1])) return sendJson(res, 404, { error: "unknown symbol" });
    const price = await nextPrice(m[1]);
    return sendJson(res, 200, firmQuote(price, qty, side));
  }
  sendJson(res, 404, { error: "not found" });
}).listen(port, "127.0.0.1", () => console.log(`quotes listening on 127.0.0.1:${port}`));
