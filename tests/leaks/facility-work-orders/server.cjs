"use strict";

const http = require("node:http");
const activity = require("./activity.cjs");
const { OrderError, create, get, move, stats } = require("./orders.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {});
      } catch (err) {
        reject(new OrderError(400, `bad JSON: ${err.message}`));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, stats());
  if (url.pathname === "/activity") {
    const limit = Math.min(Number(url.searchParams.get("limit") ?? 50), 200);
    return send(res, 200, activity.recent(limit));
  }
  if (url.pathname === "/work-orders" && req.method === "POST") {
    return send(res, 201, create(await readJson(req)));
  }
  if (parts[0] === "work-orders" && parts[1] && parts.length === 2 && req.method === "GET") {
    return send(res, 200, get(parts[1]));
  }
  // PATCH /work-orders/:ref/state {to, role, by, note}
  if (parts[0] === "work-orders" && parts[2] === "state" && req.method === "PATCH") {
    return send(res, 200, move(parts[1], await readJson(req)));
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof OrderError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`work orders on :${port}`));
