"use strict";

const http = require("node:http");
const gateway = require("./gateway.cjs");
const { DeliveryTracker } = require("./tracker.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4971;

const tracker = new DeliveryTracker(gateway.send);
setInterval(() => tracker.retryDue(), 250).unref();

function send(res, status, body) {
  if (status === 204) {
    res.writeHead(204);
    return res.end();
  }
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

async function route(req, res, url) {
  // The messaging platform hands us messages to deliver; ids are its 64-bit snowflakes.
  if (url.pathname === "/messages" && req.method === "POST") {
    const m = await readJson(req);
    if (!m.id || !m.token || !m.title) return send(res, 422, { error: "id, token and title" });
    const message = {
      id: m.id,
      token: String(m.token),
      title: String(m.title).slice(0, 120),
      body: String(m.body ?? "").slice(0, 400),
      channel: String(m.channel ?? "general"),
    };
    gateway.send(message);
    tracker.track(message);
    return send(res, 202, { queued: true });
  }
  // The app acknowledges with the id it was sent; acks are idempotent.
  const ack = /^\/messages\/(\d{1,20})\/ack$/.exec(url.pathname);
  if (ack && req.method === "POST") {
    tracker.ack(ack[1]);
    return send(res, 204);
  }
  if (url.pathname === "/stats") {
    return send(res, 200, { pending: tracker.pending.size, ...tracker.stats, sent: gateway.sent });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => send(res, 400, { error: String(err.message) }));
}).listen(port, "127.0.0.1", () => console.log(`push-receipts on 127.0.0.1:${port}`));
