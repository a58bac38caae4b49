import http from "node:http";
import quotaGuard from "./node_modules/quota-guard/index.js";
import { clientAddress } from "./client-address.mjs";
import { extremes, heightAt, STATIONS } from "./tides.mjs";

const portArg = process.argv.slice(2).find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

/** The public tide widget on the harbour and marina websites: 120 requests a minute a visitor. */
const limiter = quotaGuard.createLimiter({
  windowMs: 60_000,
  limit: 120,
  keyGenerator: clientAddress,
});

function send(res, status, body, headers = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

function route(url) {
  if (url.pathname === "/stations") {
    return {
      name: "stations",
      body: Object.entries(STATIONS).map(([id, s]) => ({ id, name: s.name })),
    };
  }
  const m = /^\/stations\/([a-z-]+)\/(tides|now)$/.exec(url.pathname);
  const station = m && STATIONS[m[1]];
  if (!station) return undefined;
  if (m[2] === "now") {
    return {
      name: "now",
      body: { station: station.name, cm: Math.round(heightAt(station, Date.now())) },
    };
  }
  const day = url.searchParams.get("date") ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
    return { name: "tides", status: 422, body: { error: "date must be YYYY-MM-DD" } };
  }
  return { name: "tides", body: { station: station.name, day, extremes: extremes(station, day) } };
}

http.createServer((req, res) => {
  try {
    const url = new URL(req.url, "http://localhost");
    if (url.pathname === "/healthz") return send(res, 200, { ok: true });
    if (url.pathname === "/admin/top-clients") {
      return send(res, 200, limiter.store.top(10, Date.now()));
    }
    const found = route(url);
    if (!found) return send(res, 404, { error: "not found" });
    const quota = limiter.check(req, found.name);
    const headers = limiter.headers(quota);
    if (!quota.allowed) return send(res, 429, { error: "too many requests" }, headers);
    send(res, found.status ?? 200, found.body, {
      ...headers,
      "cache-control": "public, max-age=300",
    });
  } catch (err) {
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
}).listen(port, "127.0.0.1", () => console.log(`tide tables on 127.0.0.1:${port}`));
