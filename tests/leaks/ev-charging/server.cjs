"use strict";

const http = require("node:http");
const { randomUUID } = require("node:crypto");
const s = require("./sessions.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

function send(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "x-request-id": s.requestContext.getStore()?.requestId ?? "",
  });
  res.end(payload);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) {
    raw += chunk;
    if (raw.length > 8_192) throw new s.ChargeError(413, "body too large");
  }
  try {
    return raw ? JSON.parse(raw) : {};
  } catch {
    throw new s.ChargeError(400, "body is not JSON");
  }
}

const START = /^\/stations\/([a-z0-9-]{1,32})\/sessions$/;
const SESSION = /^\/sessions\/(tx-\d{1,10})\/(meter|stop)$/;

async function route(req, res, url) {
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stations") {
    return send(res, 200, { ...s.overview(), connections: openSockets.size });
  }
  if (url.pathname === "/tariffs/quote") {
    const kwh = Number(url.searchParams.get("kwh"));
    return send(res, 200, s.quote(url.searchParams.get("station") ?? "", kwh));
  }
  let match = START.exec(url.pathname);
  if (match && req.method === "POST") {
    return send(res, 201, s.startSession(match[1], await readJson(req)));
  }
  match = SESSION.exec(url.pathname);
  if (match && req.method === "POST") {
    const body = await readJson(req);
    return send(
      res,
      200,
      match[2] === "meter" ? s.meter(match[1], body) : s.stopSession(match[1], body),
    );
  }
  send(res, 404, { error: "not found" });
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://csms.local");
  const requestId = req.headers["x-request-id"] ?? randomUUID();
  s.requestContext.run({ requestId, path: url.pathname }, async () => {
    try {
      await route(req, res, url);
    } catch (err) {
      if (err instanceof s.ChargeError) return send(res, err.status, { error: err.message });
      console.error(err);
      send(res, 500, { error: "internal error" });
    }
  });
});

// Connections from the charge points' gateways, shown on the ops board.
const openSockets = new Set();
server.on("connection", (socket) => {
  openSockets.add(socket);
  socket.once("close", () => openSockets.delete(socket));
});
server.keepAliveTimeout = 65_000;

setInterval(() => s.drainBilling().catch((err) => console.error(err)), 50).unref();

server.listen(port, "127.0.0.1", () => console.log(`charging sessions on 127.0.0.1:${port}`));
