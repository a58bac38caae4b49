"use strict";

const http = require("node:http");
const { randomUUID } = require("node:crypto");
const { logger } = require("./log.cjs");
const { createInvoice, payInvoice } = require("./invoices.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

async function route(req, res) {
  const { pathname } = new URL(req.url, "http://localhost");
  if (pathname === "/invoices" && req.method === "POST") {
    const body = await readJson(req);
    if (!Array.isArray(body.lines)) return send(res, 400, { error: "lines required" });
    return send(res, 201, createInvoice(req.log, body));
  }
  const m = pathname.match(/^\/invoices\/(INV-\d+)\/payments$/);
  if (m && req.method === "POST") {
    const body = await readJson(req);
    const invoice = payInvoice(req.log, m[1], Number(body.amountCents) || 0);
    return invoice ? send(res, 200, invoice) : send(res, 404, { error: "no such invoice" });
  }
  if (pathname === "/admin/log-level" && req.method === "POST") {
    const body = await readJson(req);
    logger.setLevel(body.level);
    return send(res, 200, { level: logger.level });
  }
  send(res, 404, { error: "not found" });
}

const server = http.createServer(async (req, res) => {
  if (req.url === "/healthz") return send(res, 200, { ok: true });
  const requestId = req.headers["x-request-id"] || randomUUID();
  req.log = logger.child({ requestId, method: req.method, path: req.url });
  const started = process.hrtime.bigint();
  res.on("finish", () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    req.log.debug("request finished", { status: res.statusCode, ms });
  });
  try {
    await route(req, res);
  } catch (err) {
    req.log.error("request failed", { err: err.message });
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => logger.warn(`listening on 127.0.0.1:${port}`));
