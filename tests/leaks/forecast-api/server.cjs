"use strict";

const http = require("node:http");
const { latencyReport, recordRequest } = require("./sampling.cjs");
const { STATIONS, forecast, record } = require("./weather.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4942;

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

const OBSERVATIONS = /^\/stations\/([a-z-]+)\/observations$/;

async function route(req, res, url) {
  if (url.pathname === "/forecast" && req.method === "GET") {
    const lat = Number(url.searchParams.get("lat"));
    const lon = Number(url.searchParams.get("lon"));
    const days = Math.min(14, Math.max(1, Number(url.searchParams.get("days")) || 3));
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) {
      return send(res, 422, { error: "lat and lon required" });
    }
    return send(res, 200, forecast(lat, lon, days));
  }
  const obs = OBSERVATIONS.exec(url.pathname);
  if (obs && req.method === "POST") {
    const b = await readJson(req);
    const reading = {
      tempC: Number(b.tempC),
      windKmh: Number(b.windKmh) || 0,
      rainMm: Number(b.rainMm) || 0,
      at: b.at ?? new Date().toISOString(),
    };
    if (!Number.isFinite(reading.tempC)) return send(res, 422, { error: "tempC required" });
    return record(obs[1], reading) ? send(res, 202, { ok: true }) : send(res, 404, {});
  }
  if (obs && req.method === "GET") {
    const station = STATIONS.get(obs[1]);
    return station ? send(res, 200, station.readings.slice(-6)) : send(res, 404, {});
  }
  if (url.pathname === "/debug/latency") return send(res, 200, latencyReport());
  return send(res, 404, { error: "not found" });
}

/** The route a request is reported under (no ids or query strings). */
function routeName(method, pathname) {
  if (pathname.startsWith("/stations/")) return `${method} /stations/:id/observations`;
  return `${method} ${pathname}`;
}

http.createServer((req, res) => {
  const startedAt = process.hrtime.bigint();
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  res.on("finish", () => {
    if (url.pathname !== "/debug/latency") {
      recordRequest(routeName(req.method, url.pathname), req, res, startedAt);
    }
  });
  route(req, res, url).catch((err) => send(res, 400, { error: String(err.message) }));
}).listen(port, "127.0.0.1", () => console.log(`forecast-api on 127.0.0.1:${port}`));
