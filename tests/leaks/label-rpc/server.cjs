const http = require("node:http");
const { AsyncLocalStorage } = require("node:async_hooks");
const diagnostics = require("node:diagnostics_channel");
const { LanePool } = require("./rpc.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const pool = new LanePool(4);
const requestContext = new AsyncLocalStorage();
const renderedChannel = diagnostics.channel("labels:rendered");

/** The last 100 log lines, each tagged with its request's id. */
const recentLog = [];
function log(message) {
  const ctx = requestContext.getStore();
  recentLog.push(`${new Date().toISOString()} [${ctx?.requestId ?? "-"}] ${message}`);
  if (recentLog.length > 100) recentLog.shift();
}

/** Labels per carrier, from the renderer's diagnostics channel (subscribed once). */
const perCarrier = new Map();
renderedChannel.subscribe(({ carrier, bytes }) => {
  const c = perCarrier.get(carrier) ?? { labels: 0, bytes: 0 };
  c.labels += 1;
  c.bytes += bytes;
  perCarrier.set(carrier, c);
});

/** Rendered labels, most recently used last; reprints come from here. */
const labelCache = new Map();
const LABEL_CACHE_SIZE = 50;
function cacheLabel(shipment, label) {
  labelCache.delete(shipment);
  labelCache.set(shipment, label);
  if (labelCache.size > LABEL_CACHE_SIZE) labelCache.delete(labelCache.keys().next().value);
}

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
  const { pathname } = new URL(req.url, "http://labels.local");
  if (req.method === "GET" && pathname === "/healthz") return send(res, 200, { ok: true });

  if (req.method === "POST" && pathname === "/labels") {
    const body = await readJson(req);
    if (!body.shipment || !body.to) return send(res, 400, { error: "shipment and to required" });
    const params = {
      shipment: String(body.shipment),
      carrier: String(body.carrier ?? "postnl"),
      service: body.service,
      to: body.to,
      weightGrams: Number(body.weightGrams) || 500,
    };
    const result = await pool.use((lane) => lane.call("render", params));
    const label = { shipment: params.shipment, carrier: params.carrier, ...result };
    cacheLabel(params.shipment, label);
    renderedChannel.publish({ carrier: params.carrier, bytes: result.zpl.length });
    log(`rendered ${params.shipment} (${params.carrier})`);
    return send(res, 201, label);
  }

  const m = /^\/labels\/([\w-]+)$/.exec(pathname);
  if (req.method === "GET" && m) {
    const label = labelCache.get(m[1]);
    if (!label) return send(res, 404, { error: `no label for ${m[1]} (render it again)` });
    cacheLabel(m[1], label);
    log(`reprint ${m[1]}`);
    return send(res, 200, label);
  }

  if (req.method === "GET" && pathname === "/stats") {
    return send(res, 200, {
      pool: pool.stats,
      cached: labelCache.size,
      carriers: Object.fromEntries(perCarrier),
      log: recentLog.slice(-5),
    });
  }
  send(res, 404, { error: "not found" });
}

let nextRequest = 0;
http
  .createServer((req, res) => {
    const requestId = req.headers["x-request-id"] ?? `r${++nextRequest}`;
    requestContext.run({ requestId }, () => {
      route(req, res).catch((error) => {
        log(`failed: ${error.message}`);
        send(res, 400, { error: error.message });
      });
    });
  })
  .listen(port, "127.0.0.1", () => console.log(`label-rpc on http://127.0.0.1:${port}`));
