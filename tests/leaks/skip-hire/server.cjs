"use strict";

const http = require("node:http");
const { OrderError, collect, deliver, get, placeOrder, quoteFor, stats } = require(
  "./lib/orders.cjs",
);
const { RateCardUser, rateCard } = require("./lib/rates.cjs");

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
  if (url.pathname === "/stats") {
    return send(res, 200, { ...stats(), rateCardUsers: RateCardUser.users });
  }
  if (url.pathname === "/rates") {
    if (req.method === "PATCH") RateCardUser.reload(await readJson(req));
    return send(res, 200, rateCard);
  }
  if (url.pathname === "/orders" && req.method === "POST") {
    return send(res, 201, placeOrder(await readJson(req)));
  }
  if (parts[0] === "orders" && parts[1]) {
    const id = parts[1];
    if (parts.length === 2) {
      const o = get(id);
      return send(res, 200, { id: o.id, size: o.size, postcode: o.postcode, status: o.status });
    }
    if (parts[2] === "quote") return send(res, 200, await quoteFor(id));
    if (parts[2] === "deliver" && req.method === "POST") {
      return send(res, 200, deliver(id, await readJson(req)));
    }
    if (parts[2] === "collect" && req.method === "POST") {
      return send(res, 200, collect(id, await readJson(req)));
    }
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, err.status ?? 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`skip hire on :${port}`));
