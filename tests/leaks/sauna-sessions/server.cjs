"use strict";
const http = require("node:http");
const { book, checkIn, checkOut, overview } = require("./sessions.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString() || "{}"));
      } catch {
        resolve(null);
      }
    });
  });
}

http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/bookings" && req.method === "POST") {
    const body = await readJson(req);
    if (!body?.id) return send(res, 400, { error: "id required" });
    const r = book(body);
    return send(res, r.status, r.body);
  }
  if (parts[0] === "bookings" && parts[1] && req.method === "POST") {
    const r = parts[2] === "check-in"
      ? checkIn(parts[1])
      : parts[2] === "check-out"
      ? checkOut(parts[1])
      : { status: 404, body: { error: "not found" } };
    return send(res, r.status, r.body);
  }
  if (url.pathname === "/overview") return send(res, 200, overview());
  send(res, 404, { error: "not found" });
}).listen(port, "127.0.0.1", () => console.log(`sauna-sessions on ${port}`));
