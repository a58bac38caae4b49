"use strict";

const consoleTap = require("console-tap").install({ limit: 300 });
const http = require("node:http");
const { FleetError, printerStatus, submitJob } = require("./fleet.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4472;

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
    throw new FleetError(400, "body must be JSON");
  }
}

function accessLog(req, res, started) {
  res.on("finish", () => {
    const ms = (performance.now() - started).toFixed(1);
    console.log(`${req.method} ${req.url} ${res.statusCode} ${ms}ms`);
  });
}

async function route(req, res, url) {
  const jobs = /^\/printers\/([\w-]+)\/jobs$/.exec(url.pathname);
  if (jobs && req.method === "POST") return send(res, 201, submitJob(jobs[1], await readJson(req)));
  const printer = /^\/printers\/([\w-]+)$/.exec(url.pathname);
  if (printer) return send(res, 200, printerStatus(printer[1]));
  if (url.pathname === "/debug/logs") {
    const n = Number(url.searchParams.get("n") || 100);
    return send(res, 200, consoleTap.recent(n, url.searchParams.get("level") || undefined));
  }
  send(res, 404, { error: "not found" });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  accessLog(req, res, performance.now());
  try {
    await route(req, res, url);
  } catch (err) {
    if (err instanceof FleetError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`printer-fleet on 127.0.0.1:${port}`));
