"use strict";

const http = require("node:http");
const { randomUUID } = require("node:crypto");
const { createLogger } = require("./vendor/quietlog/index.cjs");
const { MENU } = require("./menus.cjs");
const { MealError, getOrder, kitchenSheet, placeOrder, stats } = require("./orders.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const log = createLogger({ name: "school-meals", level: "info", keep: 200 });

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  if (chunks.length === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch (err) {
    throw new MealError(400, `bad JSON: ${err.message}`);
  }
}

async function route(req, url, reqLog) {
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/menu") return [200, MENU];
  if (url.pathname === "/stats") return [200, stats()];
  if (url.pathname === "/debug/log") return [200, log.recent().slice(-50)];
  if (url.pathname === "/debug/level" && req.method === "POST") {
    const body = await readJson(req);
    log.setLevel(body.level);
    return [200, { level: log.level }];
  }
  if (url.pathname === "/orders" && req.method === "POST") {
    return [201, placeOrder(await readJson(req), reqLog)];
  }
  // GET /orders/:pupil/:date
  if (parts[0] === "orders" && parts.length === 3) return [200, getOrder(parts[1], parts[2])];
  if (parts[0] === "kitchen" && parts[1]) return [200, kitchenSheet(parts[1])];
  throw new MealError(404, "not found");
}

function logDone(reqLog, status, started) {
  reqLog.info("request done", { status, ms: Math.round(performance.now() - started) });
  reqLog.release();
}

function logFailure(reqLog, err) {
  const status = err instanceof MealError ? err.status : 500;
  if (status >= 500) reqLog.error("request failed", { error: err.stack });
  else reqLog.info("request refused", { status, error: err.message });
  return status;
}

http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  const started = performance.now();
  const reqLog = log.child({
    reqId: req.headers["x-request-id"] ?? randomUUID(),
    method: req.method,
    path: url.pathname,
    parent: req.headers["x-parent-account"] ?? null,
    ua: req.headers["user-agent"] ?? null,
  });
  try {
    const [status, body] = await route(req, url, reqLog);
    send(res, status, body);
    logDone(reqLog, status, started);
  } catch (err) {
    const status = logFailure(reqLog, err);
    send(res, status, { error: err.message });
  }
}).listen(port, "127.0.0.1", () => console.log(`school meals on :${port}`));
