"use strict";

const http = require("node:http");
const { createLoaders, loaderTotals, recordLoaders } = require("./loaders.cjs");
const { pool } = require("./db.cjs");
const { readiness } = require("./health.cjs");
const wo = require("./workorders.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4440;

const MAX_RECENT_ERRORS = 25;
const recentErrors = [];
const routeMetrics = new Map();

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
    throw new wo.WorkshopError(400, "body must be JSON");
  }
}

const routes = [
  [
    "POST",
    /^\/work-orders$/,
    "/work-orders",
    async (req) => [201, wo.openOrder(await readJson(req))],
  ],
  [
    "GET",
    /^\/work-orders\/(WO-\d+)$/,
    "/work-orders/:id",
    async (_req, [id], loaders) => [200, await wo.quote(wo.getOrder(id), loaders)],
  ],
  [
    "POST",
    /^\/work-orders\/(WO-\d+)\/parts$/,
    "/work-orders/:id/parts",
    async (req, [id]) => [201, await wo.addPart(wo.getOrder(id), await readJson(req))],
  ],
  [
    "POST",
    /^\/work-orders\/(WO-\d+)\/complete$/,
    "/work-orders/:id/complete",
    (_req, [id]) => [200, wo.complete(id)],
  ],
  ["GET", /^\/front-desk$/, "/front-desk", () => [200, wo.frontDesk()]],
  ["GET", /^\/readyz$/, "/readyz", async () => {
    const report = await readiness();
    return [report.ready ? 200 : 503, report];
  }],
  ["GET", /^\/metrics$/, "/metrics", () => [200, {
    routes: Object.fromEntries(routeMetrics),
    loaders: loaderTotals,
    pool: { size: pool.size, idle: pool.idle.length, ...pool.stats },
    recentErrors,
  }]],
];

function observe(template, status, ms) {
  let m = routeMetrics.get(template);
  if (!m) routeMetrics.set(template, m = { count: 0, errors: 0, totalMs: 0 });
  m.count++;
  if (status >= 400) m.errors++;
  m.totalMs += ms;
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  const started = performance.now();
  const route = routes.find(([method, pattern]) =>
    method === req.method && pattern.test(url.pathname)
  );
  if (!route) return send(res, 404, { error: "not found" });
  const [, pattern, template, handler] = route;
  const loaders = createLoaders();
  res.on("finish", () => {
    recordLoaders(loaders);
    observe(template, res.statusCode, performance.now() - started);
  });
  try {
    const [status, body] = await handler(req, pattern.exec(url.pathname).slice(1), loaders);
    send(res, status, body);
  } catch (err) {
    recentErrors.push({ at: new Date().toISOString(), route: template, message: err.message });
    if (recentErrors.length > MAX_RECENT_ERRORS) recentErrors.shift();
    if (err instanceof wo.WorkshopError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`garage-jobs on 127.0.0.1:${port}`));

process.on("SIGTERM", () => server.close(() => process.exit(0)));
