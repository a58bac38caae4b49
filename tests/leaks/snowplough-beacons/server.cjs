"use strict";

const http = require("node:http");
const { Router } = require("./vendor/tiny-router/index.cjs");
const { liveMap, recordBeacon, signOff, stats } = require("./fleet.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      try {
        resolve(raw ? JSON.parse(raw) : {});
      } catch (err) {
        err.status = 400;
        reject(err);
      }
    });
    req.on("error", reject);
  });
}

const router = new Router()
  .get("/healthz", (_req, res) => send(res, 200, { ok: true }))
  .post("/units/:id/beacons", async (req, res, { id }) => {
    const beacon = await readJson(req);
    if (typeof beacon.lat !== "number" || typeof beacon.lng !== "number") {
      return send(res, 400, { error: "lat and lng required" });
    }
    send(res, 202, recordBeacon(id, beacon));
  })
  .post("/units/:id/sign-off", (req, res, { id }) => {
    req.resume();
    if (!signOff(id)) return send(res, 404, { error: "unit not on shift" });
    send(res, 200, { unit: id, signedOff: true });
  })
  .get("/live", (req, res) => {
    const depot = new URL(req.url, "http://x").searchParams.get("depot");
    send(res, 200, { units: liveMap(depot) });
  })
  .get("/stats", (_req, res) => send(res, 200, stats()));

http.createServer((req, res) => {
  const { pathname } = new URL(req.url, "http://localhost");
  const hit = router.match(req.method, pathname);
  if (!hit) {
    req.resume();
    return send(res, 404, { error: "not found" });
  }
  Promise.resolve(hit.handler(req, res, hit.params)).catch((err) => {
    send(res, err.status ?? 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`gritter tracking on :${port}`));
