"use strict";

const http = require("node:http");
const { placeOrder, bump, getOrder, expo, KitchenError } = require("./kitchen.cjs");
const { printerStatus } = require("./printers.cjs");
const { ticketBuffers } = require("./tickets.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      try {
        resolve(raw ? JSON.parse(raw) : {});
      } catch {
        reject(new KitchenError(400, "body is not JSON"));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const { pathname } = new URL(req.url, "http://kitchen.local");
  const parts = pathname.split("/").filter(Boolean);
  if (pathname === "/healthz") return send(res, 200, { ok: true });
  if (pathname === "/orders" && req.method === "POST") {
    return send(res, 201, placeOrder(await readJson(req)));
  }
  if (parts[0] === "orders" && parts[1] && parts[2] === "bump" && req.method === "POST") {
    return send(res, 200, bump(decodeURIComponent(parts[1])));
  }
  if (parts[0] === "orders" && parts[1] && parts.length === 2 && req.method === "GET") {
    return send(res, 200, getOrder(decodeURIComponent(parts[1])));
  }
  if (pathname === "/expo") return send(res, 200, expo());
  if (pathname === "/printers") {
    return send(res, 200, { printers: printerStatus(), buffers: ticketBuffers.stats() });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof KitchenError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`kitchen tickets on :${port}`));
