import http from "node:http";
import { cancelAll, inflightCount, track } from "./inflight.mjs";
import { fetchProduct } from "./upstream.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

function sendJson(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

async function productHandler(res, sku, market) {
  const call = track(`product ${sku}`, 2_000);
  try {
    const product = await fetchProduct(sku, { signal: call.signal });
    const vat = market === "de" ? 1.19 : 1.21;
    sendJson(res, 200, { ...product, grossCents: Math.round(product.priceCents * vat), market });
  } catch (err) {
    sendJson(res, 504, { error: String(err?.message ?? err) });
  } finally {
    call.done();
  }
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true });
  if (url.pathname === "/debug/inflight") return sendJson(res, 200, { inflight: inflightCount() });
  const m = /^\/products\/([\w-]+)$/.exec(url.pathname);
  if (m && req.method === "GET") {
    return productHandler(res, m[1], url.searchParams.get("market") ?? "nl");
  }
  sendJson(res, 404, { error: "not found" });
});

server.listen(port, "127.0.0.1", () => console.log(`catalog proxy listening on 127.0.0.1:${port}`));

process.on("SIGTERM", () => {
  cancelAll(new Error("shutting down"));
  server.close(() => process.exit(0));
});
