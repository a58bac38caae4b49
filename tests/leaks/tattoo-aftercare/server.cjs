"use strict";
const http = require("node:http");
const { completeSession } = require("./sessions.cjs");
const { queueStats } = require("./reminders.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      try {
        resolve(JSON.parse(raw || "{}"));
      } catch {
        resolve(null);
      }
    });
  });
}

http
  .createServer(async (req, res) => {
    const url = new URL(req.url, "http://localhost");
    if (url.pathname === "/healthz") return send(res, 200, { ok: true });
    if (url.pathname === "/sessions/complete" && req.method === "POST") {
      const body = await readJson(req);
      if (!body || !body.id || !body.finishedAt) {
        return send(res, 400, { error: "id and finishedAt required" });
      }
      return send(res, 201, completeSession(body));
    }
    if (url.pathname === "/aftercare/queue" && req.method === "GET") {
      return send(res, 200, queueStats());
    }
    send(res, 404, { error: "not found" });
  })
  .listen(port, "127.0.0.1", () => console.log(`tattoo-aftercare on ${port}`));
