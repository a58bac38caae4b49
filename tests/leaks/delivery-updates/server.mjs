import http from "node:http";
import { ALL_SHIPMENTS } from "./channels.mjs";
import { hub } from "./hub.mjs";
import { notifierStats } from "./notifier.mjs";
import { createShipment, getShipment, recordEvent, TrackingError } from "./tracking.mjs";

const portArg = process.argv.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4141;

const counters = { created: 0, updated: 0, delivered: 0 };
hub.subscribe(ALL_SHIPMENTS, (event) => {
  if (event.type === "shipment.created") counters.created++;
  else counters.updated++;
  if (event.status === "delivered") counters.delivered++;
});

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new TrackingError(400, "invalid JSON");
  }
}

const SHIPMENT = /^\/shipments\/([\w-]+)$/;
const EVENTS = /^\/shipments\/([\w-]+)\/events$/;

async function route(req, res, url) {
  if (req.method === "GET" && url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (req.method === "GET" && url.pathname === "/internal/stats") {
    return send(res, 200, { hub: hub.stats(), notifier: notifierStats(), counters });
  }
  if (req.method === "POST" && url.pathname === "/shipments") {
    return send(res, 201, createShipment(await readJson(req)));
  }
  let m;
  if (req.method === "POST" && (m = EVENTS.exec(url.pathname))) {
    const shipment = recordEvent(m[1], await readJson(req));
    return send(res, 200, { id: shipment.id, status: shipment.status });
  }
  if (req.method === "GET" && (m = SHIPMENT.exec(url.pathname))) {
    return send(res, 200, getShipment(m[1]));
  }
  send(res, 404, { error: "not found" });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://tracking.local");
  try {
    await route(req, res, url);
  } catch (err) {
    if (err instanceof TrackingError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`delivery updates on 127.0.0.1:${port}`));
