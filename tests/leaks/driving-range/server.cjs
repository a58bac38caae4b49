"use strict";

const http = require("node:http");
const range = require("./bays.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

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
  const url = new URL(req.url, "http://localhost");
  const { pathname } = url;
  if (pathname === "/healthz") return send(res, 200, { ok: true });
  if (pathname === "/next") {
    return send(res, 200, range.nextUp(Number(url.searchParams.get("from") ?? 0)));
  }
  if (pathname === "/takings") return send(res, 200, range.takings);
  if (pathname === "/bookings" && req.method === "POST") {
    return send(res, 201, range.book(await readJson(req)));
  }
  const [, base, id, action] = pathname.split("/");
  if (base === "bays" && id) return send(res, 200, range.bayStatus(Number(id)));
  if (base !== "bookings" || !id) return send(res, 404, { error: "not found" });
  if (req.method === "GET" && !action) return send(res, 200, range.get(id));
  if (req.method === "POST" && action === "check-in") return send(res, 200, range.checkIn(id));
  if (req.method === "POST" && action === "check-out") return send(res, 200, range.checkOut(id));
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (err instanceof range.BookingError) return send(res, err.status, { error: err.message });
    if (err instanceof SyntaxError) return send(res, 400, { error: "bad JSON" });
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`driving range on :${port}`));
