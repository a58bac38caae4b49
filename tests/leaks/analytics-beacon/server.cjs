"use strict";

const http = require("node:http");
const { track, IngestError } = require("./ingest.cjs");
const outbox = require("./outbox.cjs");

const portArg = process.argv.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4300;
const MAX_BODY = 64 * 1024;

function send(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json" });
  res.end(payload);
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks = [];
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(new IngestError(413, "body too large"));
      else chunks.push(chunk);
    });
    req.on("end", () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")));
      } catch {
        reject(new IngestError(400, "invalid JSON"));
      }
    });
    req.on("error", reject);
  });
}

const server = http.createServer(async (req, res) => {
  const { pathname } = new URL(req.url, "http://beacon.local");
  try {
    if (req.method === "GET" && pathname === "/healthz") return send(res, 200, { ok: true });
    if (req.method === "GET" && pathname === "/v1/stats") {
      return send(res, 200, { ...outbox.stats, recent: outbox.recentBatches });
    }
    if (req.method === "POST" && (pathname === "/v1/track" || pathname === "/v1/page")) {
      const body = await readJson(req);
      const context = {
        ip: req.socket.remoteAddress,
        userAgent: String(req.headers["user-agent"] ?? "").slice(0, 200),
      };
      const type = pathname === "/v1/page" ? "page" : "track";
      const events = Array.isArray(body.batch) ? body.batch : [body];
      return send(res, 202, track(type, events, context));
    }
    send(res, 404, { error: "not found" });
  } catch (err) {
    if (err instanceof IngestError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`analytics beacon on 127.0.0.1:${port}`));
