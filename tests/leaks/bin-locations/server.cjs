"use strict";

const http = require("node:http");
const { InventoryError, binContents, moveStock, skuLocations } = require("./inventory.cjs");
const { poolStats } = require("./db.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4420;

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return JSON.parse(raw);
  } catch {
    throw new InventoryError(400, "body must be JSON");
  }
}

async function route(req, res, url) {
  let m = /^\/bins\/([^/]+)$/.exec(url.pathname);
  if (m && req.method === "GET") return send(res, 200, await binContents(decodeURIComponent(m[1])));

  m = /^\/skus\/([^/]+)\/locations$/.exec(url.pathname);
  if (m && req.method === "GET") {
    return send(res, 200, await skuLocations(decodeURIComponent(m[1])));
  }

  if (url.pathname === "/moves" && req.method === "POST") {
    const move = await readJson(req);
    return send(res, 201, await moveStock(move));
  }

  if (url.pathname === "/internal/pool") return send(res, 200, poolStats());
  send(res, 404, { error: "not found" });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  try {
    await route(req, res, url);
  } catch (err) {
    if (err instanceof InventoryError) {
      return send(res, err.status, { error: err.message, detail: err.detail });
    }
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`bin-locations on 127.0.0.1:${port}`));

process.on("SIGTERM", () => server.close(() => process.exit(0)));
