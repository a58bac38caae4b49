import http from "node:http";
import { availabilityCache, availabilityFor } from "./availability.mjs";
import { config } from "./config.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const SKU = /^[A-Z0-9-]{4,32}$/;
const POSTCODE = /^[0-9]{4}\s?[A-Z]{0,2}$/i;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, `http://${req.headers.host ?? "localhost"}`);
  try {
    if (url.pathname === "/healthz") return send(res, 200, { ok: true });
    if (url.pathname === "/internal/cache") {
      return send(res, 200, { entries: availabilityCache.size });
    }
    const m = /^\/products\/([^/]+)\/availability$/.exec(url.pathname);
    if (m && req.method === "GET") {
      const sku = decodeURIComponent(m[1]).toUpperCase();
      const postcode = (url.searchParams.get("postcode") ?? "").replace(/\s+/g, "").toUpperCase();
      const country = (url.searchParams.get("country") ?? config.DEFAULT_COUNTRY).toUpperCase();
      if (!SKU.test(sku)) return send(res, 400, { error: "bad sku" });
      if (!POSTCODE.test(postcode)) return send(res, 400, { error: "bad postcode" });
      return send(res, 200, await availabilityFor({ sku, postcode, country }));
    }
    send(res, 404, { error: "not found" });
  } catch (err) {
    console.error(err);
    send(res, 502, { error: "availability unavailable" });
  }
});

server.listen(port, "127.0.0.1", () => {
  console.log(`stock-availability listening on 127.0.0.1:${port}`);
});
