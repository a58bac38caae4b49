"use strict";
const http = require("node:http");
const { connect } = require("./db.cjs");
const { Pool } = require("./pool.cjs");
const { HttpError, dispense, lowStock, stockLevel } = require("./dispensing.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3301;

// Never make a prescription wait for a connection: overflow as far as the burst needs.
const pool = new Pool(connect, { size: 5, maxOverflow: -1 });

function readJson(req) {
  return new Promise((resolve, reject) => {
    let data = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (data += chunk));
    req.on("end", () => {
      try {
        resolve(data ? JSON.parse(data) : {});
      } catch {
        reject(new HttpError(400, "invalid JSON"));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, url) {
  const sku = /^\/stock\/([\w-]+)$/.exec(url.pathname);
  if (req.method === "GET" && sku) return stockLevel(pool, sku[1]);
  if (req.method === "GET" && url.pathname === "/stock") {
    return lowStock(pool, Number(url.searchParams.get("below") ?? 20));
  }
  if (req.method === "POST" && url.pathname === "/dispense") {
    const rx = await readJson(req);
    if (!rx.rxId || !rx.sku || !(rx.qty > 0)) throw new HttpError(400, "rxId, sku, qty required");
    return dispense(pool, rx);
  }
  if (req.method === "GET" && url.pathname === "/pool") return pool.stats();
  if (url.pathname === "/healthz") return { ok: true };
  throw new HttpError(404, "not found");
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  route(req, url).then(
    (body) => send(res, 200, body),
    (err) => send(res, err instanceof HttpError ? err.status : 500, { error: err.message }),
  );
}).listen(port, "127.0.0.1", () => console.log(`dispensary api on 127.0.0.1:${port}`));

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}
