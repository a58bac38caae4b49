import http from "node:http";
import { createDelivery, dispatchStatus } from "./deliveries.mjs";
import { stopTimers } from "./dispatcher.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const ZONES = new Set(["centrum", "noord", "zuid", "oost", "west"]);
const startedAt = new WeakMap();
const requestsByRoute = {};

function routeOf(pathname) {
  return pathname.replace(/\/[0-9a-f-]{8,}$/i, "/:id");
}

function send(req, res, status, body) {
  res.writeHead(status, {
    "content-type": "application/json",
    "server-timing": `app;dur=${(performance.now() - startedAt.get(req)).toFixed(1)}`,
  });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      try {
        resolve(raw ? JSON.parse(raw) : {});
      } catch (err) {
        reject(err);
      }
    });
    req.on("error", reject);
  });
}

const server = http.createServer(async (req, res) => {
  startedAt.set(req, performance.now());
  const url = new URL(req.url, "http://localhost");
  const route = `${req.method} ${routeOf(url.pathname)}`;
  requestsByRoute[route] = (requestsByRoute[route] ?? 0) + 1;

  if (url.pathname === "/healthz") return send(req, res, 200, { ok: true });
  if (url.pathname === "/internal/dispatch") {
    return send(req, res, 200, { ...dispatchStatus(), requestsByRoute });
  }

  if (url.pathname === "/deliveries" && req.method === "POST") {
    const body = await readJson(req).catch(() => null);
    if (!body || !ZONES.has(body.zone) || typeof body.address !== "string") {
      return send(req, res, 400, { error: "zone and address are required" });
    }
    try {
      return send(req, res, 201, await createDelivery(body));
    } catch (err) {
      return send(req, res, 503, { error: err.message });
    }
  }
  send(req, res, 404, { error: "not found" });
});

server.listen(
  port,
  "127.0.0.1",
  () => console.log(`courier dispatch listening on 127.0.0.1:${port}`),
);
process.on("SIGTERM", () => {
  stopTimers();
  process.exit(0);
});
