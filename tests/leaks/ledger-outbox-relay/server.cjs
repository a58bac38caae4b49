"use strict";

const http = require("node:http");
const { create, get, InvoiceError, update } = require("./invoices.cjs");
const { stats } = require("./relay.cjs");

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
      } catch {
        reject(new InvoiceError(400, "bad JSON"));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/outbox/stats") return send(res, 200, stats());
  if (url.pathname === "/invoices" && req.method === "POST") {
    return send(res, 201, create(await readJson(req)));
  }
  if (parts[0] === "invoices" && parts[1] && req.method === "PATCH") {
    return send(res, 200, update(parts[1], await readJson(req)));
  }
  if (parts[0] === "invoices" && parts[1]) return send(res, 200, get(parts[1]));
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof InvoiceError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`invoices on :${port}`));
