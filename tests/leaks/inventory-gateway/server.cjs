"use strict";

const http = require("node:http");
const { startStockDaemon } = require("./stock_daemon.cjs");
const { configure, getStock, poolStats } = require("./stock_client.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const WAREHOUSES = ["ams-1", "rtm-2"];

function json(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json" });
  res.end(payload);
}

async function handle(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return json(res, 200, { ok: true, pool: poolStats() });
  const m = /^\/stock\/([\w-]+)$/.exec(url.pathname);
  if (m && req.method === "GET") {
    const warehouse = url.searchParams.get("warehouse");
    const list = warehouse ? [warehouse] : WAREHOUSES;
    const levels = [];
    for (const w of list) levels.push(await getStock(m[1], w));
    const available = levels.reduce((n, l) => n + l.onHand - l.reserved, 0);
    return json(res, 200, { sku: m[1], available, levels });
  }
  json(res, 404, { error: "not found" });
}

startStockDaemon().then((address) => {
  configure(address);
  http.createServer((req, res) => {
    handle(req, res).catch((err) => json(res, 502, { error: err.message }));
  }).listen(port, "127.0.0.1", () => console.log(`inventory gateway on 127.0.0.1:${port}`));
});
