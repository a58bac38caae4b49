"use strict";

const http = require("node:http");
const trips = require("./itineraries.cjs");

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
      } catch {
        reject(new trips.ItineraryError(400, "invalid JSON"));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const { pathname } = new URL(req.url, "http://localhost");
  if (pathname === "/healthz") return send(res, 200, { ok: true });

  if (pathname === "/itineraries" && req.method === "POST") {
    const itinerary = trips.create(await readJson(req));
    return send(res, 201, itinerary);
  }
  let m = /^\/itineraries\/(\w+)$/.exec(pathname);
  if (m && req.method === "GET") return send(res, 200, trips.get(m[1]));
  if (m && req.method === "PATCH") return send(res, 200, trips.rebook(m[1], await readJson(req)));

  m = /^\/itineraries\/(\w+)\/change-quote$/.exec(pathname);
  if (m && req.method === "GET") return send(res, 200, trips.changeQuote(m[1]));

  m = /^\/itineraries\/(\w+)\/cancel$/.exec(pathname);
  if (m && req.method === "POST") return send(res, 200, trips.cancel(m[1]));

  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (err instanceof trips.ItineraryError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`rebooking service on :${port}`));
