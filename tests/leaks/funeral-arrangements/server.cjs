"use strict";

const http = require("node:http");
const { randomUUID } = require("node:crypto");
const { logger, web } = require("./log.cjs");
const arrangements = require("./arrangements.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {});
      } catch (err) {
        reject(new arrangements.ArrangementError(400, `bad JSON: ${err.message}`));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res, url) {
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/stats") return send(res, 200, arrangements.summary());
  if (parts[0] === "schedule") {
    return send(res, 200, arrangements.schedule(url.searchParams.get("date") ?? ""));
  }
  if (parts[0] === "arrangements") {
    const id = parts[1];
    if (!id && req.method === "POST") {
      return send(res, 201, arrangements.open(await readJson(req)));
    }
    if (id && !parts[2] && req.method === "PATCH") {
      return send(res, 200, arrangements.update(id, await readJson(req)));
    }
    if (id && parts[2] === "confirm" && req.method === "POST") {
      return send(res, 200, arrangements.confirm(id, await readJson(req)));
    }
    if (id && parts[2] === "close" && req.method === "POST") {
      return send(res, 200, arrangements.close(id));
    }
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  const started = performance.now();
  web.setRequest(req, randomUUID().slice(0, 8));
  res.on("finish", () => {
    logger.info("{method} {path} {status}", {
      method: req.method,
      path: url.pathname,
      status: res.statusCode,
      ms: Math.round(performance.now() - started),
    });
  });
  route(req, res, url).catch((err) => {
    if (err instanceof arrangements.ArrangementError) {
      logger.warning("refused: {reason}", { reason: err.message, status: err.status });
      return send(res, err.status, { error: err.message });
    }
    logger.error("request failed: {reason}", { reason: err.message, stack: err.stack });
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`funeral arrangements on :${port}`));
