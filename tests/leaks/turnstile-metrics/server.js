"use strict";

const http = require("node:http");
const gates = require("./gates.js");
const tickets = require("./tickets.js");
const { exposition } = require("./metrics/registry.js");
const { traceContext } = require("./tracing.js");

const portArg = process.argv.slice(2).find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function readJson(req) {
  return new Promise((resolve) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (text += chunk));
    req.on("end", () => {
      try {
        resolve(text ? JSON.parse(text) : {});
      } catch {
        resolve(null);
      }
    });
  });
}

function send(res, status, body, type = "application/json") {
  const text = type === "application/json" ? JSON.stringify(body) : body;
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(text) });
  res.end(text);
}

async function route(req, res, url) {
  if (req.method === "GET" && url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (req.method === "GET" && url.pathname === "/metrics") {
    return send(res, 200, exposition(), "application/openmetrics-text; version=1.0.0");
  }
  if (req.method === "GET" && url.pathname === "/occupancy") {
    return send(res, 200, { inside: tickets.occupancy() });
  }
  const m = /^\/gates\/([\w-]+)\/(scans|exits)$/.exec(url.pathname);
  if (req.method !== "POST" || !m) return send(res, 404, { error: "not found" });
  const body = await readJson(req);
  if (!body || typeof body.barcode !== "string") return send(res, 422, { error: "barcode" });
  const out = m[2] === "scans"
    ? gates.scan(m[1], body.barcode, traceContext(req))
    : gates.exit(m[1], body.barcode);
  return send(res, out.status, out.body);
}

http.createServer((req, res) => {
  route(req, res, new URL(req.url, "http://localhost")).catch((err) => {
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`turnstile gateway on 127.0.0.1:${port}`));
