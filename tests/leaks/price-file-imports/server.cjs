"use strict";

const http = require("node:http");
const { ImportError, importPriceFile, recentImports } = require("./imports.cjs");
const { catalogueStats, priceOf } = require("./catalogue.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const SUPPLIERS = new Set(["brakes-bros", "fresh-direct", "harbour-fish", "dairy-crest-wholesale"]);

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/imports") return send(res, 200, recentImports());
  if (url.pathname === "/stats") return send(res, 200, catalogueStats());

  // POST /suppliers/:supplier/price-files (text/csv)
  if (parts[0] === "suppliers" && parts[2] === "price-files" && req.method === "POST") {
    if (!SUPPLIERS.has(parts[1])) return send(res, 404, { error: "unknown supplier" });
    const result = await importPriceFile(parts[1], req);
    return send(res, 201, result);
  }

  if (parts[0] === "prices" && parts[1] && req.method === "GET") {
    const price = priceOf(parts[1]);
    return price ? send(res, 200, price) : send(res, 404, { error: "no price for that SKU" });
  }

  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof ImportError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`price imports on :${port}`));
