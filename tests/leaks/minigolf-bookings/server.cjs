"use strict";

const http = require("node:http");
const { BookingError, book, cancel, counters, slotView } = require("./bookings.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (c) => (text += c));
    req.on("end", () => {
      try {
        resolve(text ? JSON.parse(text) : {});
      } catch {
        reject(new BookingError(400, "bad JSON"));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, counters);
  if (url.pathname === "/bookings" && req.method === "POST") {
    return send(res, 201, book(await readJson(req)));
  }
  if (parts[0] === "bookings" && parts[1] && parts[2] === "cancel" && req.method === "POST") {
    return send(res, 200, cancel(parts[1]));
  }
  if (parts[0] === "slots" && parts[1] && parts[2] && req.method === "GET") {
    return send(res, 200, slotView(parts[1], decodeURIComponent(parts[2])));
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (err instanceof BookingError) {
      send(res, err.status, { error: err.message, fields: err.fields });
    } else send(res, 500, { error: String(err) });
  });
}).listen(port, "127.0.0.1", () => console.log(`minigolf bookings on :${port}`));
