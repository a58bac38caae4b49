import http from "node:http";
import { hottest, recordHit, trackedCount } from "./hotpaths.mjs";
import { productFor, renderProductPage } from "./render.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4930;

const WARM_EVERY_MS = 250;
const WARM_TOP = 10;
let warmCache = new Map();
let lastWarm = { at: null, pages: 0 };

function warmTopPages() {
  const next = new Map();
  for (const hot of hottest(WARM_TOP)) {
    const slug = hot.path.split("/").pop();
    const product = productFor(slug);
    if (product) next.set(hot.key, renderProductPage(product, hot.query));
  }
  warmCache = next;
  lastWarm = { at: new Date().toISOString(), pages: next.size };
}

setInterval(warmTopPages, WARM_EVERY_MS).unref();

function send(res, status, type, body) {
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body) });
  res.end(body);
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") {
    return send(res, 200, "application/json", JSON.stringify({ ok: true }));
  }
  if (url.pathname === "/warmer/status") {
    const body = { ...lastWarm, tracked: trackedCount(), top: hottest(5) };
    return send(res, 200, "application/json", JSON.stringify(body));
  }
  const match = /^\/products\/([\w-]+)$/.exec(url.pathname);
  if (match && req.method === "GET") {
    const product = productFor(match[1]);
    if (!product) return send(res, 404, "text/plain", "no such product");
    recordHit(url, req);
    const key = url.pathname + url.search;
    const cached = warmCache.get(key);
    res.setHeader("x-cache", cached ? "warm" : "miss");
    return send(
      res,
      200,
      "text/html",
      cached ?? renderProductPage(product, Object.fromEntries(url.searchParams)),
    );
  }
  send(res, 404, "text/plain", "not found");
}).listen(port, "127.0.0.1", () => console.log(`page-warmer on 127.0.0.1:${port}`));
