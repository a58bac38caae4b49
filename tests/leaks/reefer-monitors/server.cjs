"use strict";

const http = require("node:http");
const { ReeferMonitor } = require("./reefer.cjs");
const { ReeferGateway } = require("./telemetry.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4718;

const gateway = new ReeferGateway();
const monitors = new Map(); // container id → ReeferMonitor, while plugged in
const certificates = []; // the last 30 unplugged containers
const alerts = []; // the last 20 excursions

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

function plugIn(b) {
  const container = {
    id: String(b.container),
    owner: String(b.owner ?? ""),
    commodity: String(b.commodity ?? "general"),
    setpointC: Number(b.setpointC ?? -18),
    toleranceC: Number(b.toleranceC ?? 1.5),
    stack: String(b.stack ?? ""),
    vesselCall: String(b.vesselCall ?? ""),
  };
  const monitor = new ReeferMonitor(container, gateway);
  monitor.on("excursion", (id, reading) => {
    alerts.push({ id, at: reading.at, supplyC: reading.supplyC });
    if (alerts.length > 20) alerts.shift();
  });
  monitor.record(gateway.sample(container.id, b.supplyC));
  monitors.set(container.id, monitor.start());
  return monitor;
}

async function route(req, res, url) {
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/reefers" && req.method === "POST") {
    const b = await readJson(req);
    if (!b.container) return send(res, 422, { error: "container required" });
    if (monitors.has(String(b.container))) return send(res, 409, { error: "already plugged in" });
    const monitor = plugIn(b);
    return send(res, 201, { container: monitor.container.id, plugged: monitor.pluggedAt });
  }
  const m = /^\/reefers\/([\w-]+)(\/unplug)?$/.exec(url.pathname);
  if (m) {
    const monitor = monitors.get(m[1]);
    if (!monitor) return send(res, 404, { error: "not plugged in" });
    if (!m[2]) {
      return send(res, 200, { container: monitor.container, readings: monitor.readings.slice(-5) });
    }
    const certificate = monitor.unplug();
    monitors.delete(m[1]);
    certificates.push(certificate);
    if (certificates.length > 30) certificates.shift();
    return send(res, 200, certificate);
  }
  if (url.pathname === "/yard") {
    return send(res, 200, {
      plugged: monitors.size,
      gatewayRequests: gateway.requests,
      alerts: alerts.slice(-5),
      lastUnplugged: certificates.slice(-3),
    });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  route(req, res, url).catch((err) => send(res, 400, { error: String(err?.message ?? err) }));
}).listen(port, "127.0.0.1", () => console.log(`reefer-monitors on 127.0.0.1:${port}`));
