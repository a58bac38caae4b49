"use strict";
const http = require("node:http");
const path = require("node:path");
const { Settings } = require("./settings.cjs");
const { buildRouteTable } = require("./routes.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const settings = new Settings(path.join(__dirname, "gateway.json"));
let routeTable = buildRouteTable(settings);
settings.on("change", () => {
  routeTable = buildRouteTable(settings);
});

// The upstream services, in process for this gateway's tests.
const upstreams = {
  orders: (params) => ({ id: params.id, status: "packed", items: 3, totalCents: 4599 }),
  catalog: (params) => ({ sku: params.sku, title: "Walnut desk organiser", stock: 12 }),
  stores: (params) => ({ store: params.store, opens: "09:00", closes: "17:30" }),
};

function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`upstream timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });

  if (req.method === "POST" && url.pathname === "/admin/reload") {
    try {
      const next = settings.reload();
      return send(res, 200, { version: next.version, routes: routeTable.length });
    } catch (err) {
      return send(res, 500, { error: `reload failed: ${err.message}` });
    }
  }
  if (req.method === "GET" && url.pathname === "/admin/routes") {
    return send(
      res,
      200,
      routeTable.map((r) => ({ ...r.def, timeoutMs: r.timeoutMs, retries: r.retries })),
    );
  }

  for (const route of routeTable) {
    const params = route.match(req.method, url.pathname);
    if (!params) continue;
    const call = Promise.resolve().then(() => upstreams[route.upstream](params));
    try {
      const body = await withTimeout(call, route.timeoutMs);
      return send(res, 200, { upstream: route.upstream, data: body });
    } catch (err) {
      return send(res, 504, { error: err.message });
    }
  }
  req.resume();
  send(res, 404, { error: "no route" });
});

server.listen(port, "127.0.0.1");
