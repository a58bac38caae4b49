"use strict";

const http = require("node:http");
const { BookingError, book, cancel, get, stats } = require("./nudges.cjs");
const { smsStats } = require("./sms.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  try {
    return chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
  } catch {
    throw new BookingError(400, "bad JSON");
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, { ...stats(), sms: smsStats() });
  if (url.pathname === "/appointments" && req.method === "POST") {
    return send(res, 201, book(await readJson(req)));
  }
  if (parts[0] === "appointments" && parts[1] && parts[2] === "cancel" && req.method === "POST") {
    const body = await readJson(req);
    return send(res, 200, cancel(parts[1], body.reason));
  }
  if (parts[0] === "appointments" && parts[1] && parts.length === 2) {
    return send(res, 200, get(parts[1]));
  }
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof BookingError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`appointment nudges on :${port}`));
