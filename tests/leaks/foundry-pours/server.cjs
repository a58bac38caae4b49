"use strict";

const http = require("node:http");
const { randomUUID } = require("node:crypto");
const { logger, web } = require("./log.cjs");
const heats = require("./heats.cjs");
const spectro = require("./spectro.cjs");
const { castLogStats } = require("./castlog.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readText(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}

async function readJson(req) {
  const text = await readText(req);
  try {
    return text ? JSON.parse(text) : {};
  } catch (err) {
    throw new heats.MeltError(400, `bad JSON: ${err.message}`);
  }
}

async function route(req, res, url) {
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/castlog") return send(res, 200, castLogStats());
  if (url.pathname === "/heats" && req.method === "POST") {
    const heat = heats.openHeat(await readJson(req));
    return send(res, 201, { id: heat.id, furnace: heat.furnace });
  }
  if (parts[0] === "heats" && parts[1] && parts[2] === "pours" && req.method === "POST") {
    return send(res, 201, await heats.pour(parts[1], await readJson(req)));
  }
  if (parts[0] === "heats" && parts[1] && parts[2] === "close" && req.method === "POST") {
    return send(res, 200, heats.closeHeat(parts[1]));
  }
  if (parts[0] === "furnaces" && parts[1] && parts[2] === "spectro" && req.method === "POST") {
    spectro.receive(parts[1], await readText(req));
    return send(res, 202, { ok: true });
  }
  if (parts[0] === "furnaces" && parts[1] && !parts[2]) {
    return send(res, 200, heats.furnaceView(parts[1]));
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
    logger.reset();
  });
  route(req, res, url).catch((err) => {
    if (err instanceof heats.MeltError) {
      logger.warning("refused: {reason}", { reason: err.message });
      return send(res, err.status, { error: err.message });
    }
    logger.error("request failed: {reason}", { reason: err.message });
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`foundry pours on :${port}`));
