"use strict";

const http = require("node:http");
const { PaymentError, capture, find } = require("./payments.cjs");
const { pendingFor, stats } = require("./callbacks.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    throw new PaymentError(400, "bad JSON");
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/callbacks") return send(res, 200, stats());
  if (url.pathname === "/payments" && req.method === "POST") {
    return send(res, 201, capture(await readJson(req)));
  }
  if (parts[0] === "payments" && parts[1] && req.method === "GET") {
    const payment = find(parts[1]);
    return payment ? send(res, 200, payment) : send(res, 404, { error: "no such payment" });
  }
  if (parts[0] === "merchants" && parts[1] && parts[2] === "deliveries" && req.method === "GET") {
    return send(res, 200, pendingFor(parts[1]));
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof PaymentError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`merchant callbacks on :${port}`));
