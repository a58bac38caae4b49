"use strict";
const http = require("node:http");
const { MatchQueue } = require("./queue.cjs");
const matches = require("./matches.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const queue = new MatchQueue({ tickMs: 100, onMatch: (m) => matches.allocate(m) });

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {});
      } catch (err) {
        reject(err);
      }
    });
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/queue/stats") {
    return send(res, 200, { searching: queue.size(), recentMatches: matches.recentCount() });
  }
  if (url.pathname === "/queue" && req.method === "POST") {
    const body = await readJson(req);
    if (!body.player) return send(res, 400, { error: "player required" });
    const t = queue.enqueue(body);
    return send(res, 202, { ticket: t.id, status: t.status });
  }
  const m = /^\/queue\/([\w-]+)(\/cancel)?$/.exec(url.pathname);
  if (m && m[2] && req.method === "POST") {
    return send(res, 200, { cancelled: queue.cancel(m[1]) });
  }
  if (m && req.method === "GET") {
    const match = matches.matchFor(m[1]);
    if (match) return send(res, 200, { status: "matched", match: match.id, server: match.server });
    const t = queue.status(m[1]);
    return t ? send(res, 200, { status: t.status }) : send(res, 404, { error: "not queued" });
  }
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof SyntaxError ? 400 : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1");
