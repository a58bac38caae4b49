"use strict";

const http = require("node:http");
const { LruCache } = require("./lib/lru.cjs");
const { decodeVin } = require("./lib/vin.cjs");
const { openRecalls } = require("./lib/recalls.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4730;

// Listing pages decode the same popular vehicles over and over; 100 keeps the hot ones.
const vehicles = new LruCache(100);

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function lookup(vin, market) {
  const key = `${market}:${vin}`;
  const cached = vehicles.get(key);
  if (cached) return { ...cached, cached: true };
  const vehicle = decodeVin(vin);
  const recalls = await openRecalls(vehicle);
  const record = {
    ...vehicle,
    market,
    recalls,
    label: `${vehicle.modelYear ?? ""} ${vehicle.make} (${vehicle.country})`.trim(),
    decodedAt: new Date().toISOString(),
  };
  vehicles.set(key, record);
  return record;
}

async function route(req, res, url) {
  const m = /^\/vehicles\/([A-Za-z0-9]{5,20})$/.exec(url.pathname);
  if (m && req.method === "GET") {
    const market = url.searchParams.get("market") ?? "nl";
    return send(res, 200, await lookup(m[1].toUpperCase(), market));
  }
  if (url.pathname === "/cache") {
    return send(res, 200, {
      size: vehicles.size,
      hits: vehicles.hits,
      misses: vehicles.misses,
      evictions: vehicles.evictions,
      hottest: vehicles.head?.key ?? null,
    });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => send(res, err.status ?? 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`vin-decoder on 127.0.0.1:${port}`));
