"use strict";

const http = require("node:http");
const { RefillError, collect, lookup, requestRefill, stats } = require("./refills.cjs");

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
        reject(new RefillError(400, `bad JSON: ${err.message}`));
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
  if (url.pathname === "/refills" && req.method === "POST") {
    const refill = requestRefill(await readJson(req));
    return send(res, 202, { id: refill.id, status: refill.status });
  }
  if (parts[0] === "refills" && parts[1] && parts.length === 2 && req.method === "GET") {
    const refill = lookup(parts[1]);
    return refill ? send(res, 200, refill) : send(res, 404, { error: "no such refill" });
  }
  if (parts[0] === "refills" && parts[2] === "collect" && req.method === "POST") {
    return send(res, 200, await collect(parts[1], await readJson(req)));
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof RefillError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`dispensary refills on :${port}`));
