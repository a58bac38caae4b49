"use strict";

const http = require("node:http");
const { LeaseTable } = require("./leases.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const leases = new LeaseTable();
const WORKERS = new Set(["worker-1", "worker-3", "worker-5", "worker-7", "scheduler"]);

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

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
        reject(new HttpError(400, "body is not JSON"));
      }
    });
    req.on("error", reject);
  });
}

function holderOf(body) {
  if (!WORKERS.has(body.holder)) throw new HttpError(403, `unknown holder ${body.holder}`);
  return body.holder;
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, leases.stats());
  if (url.pathname === "/history") {
    return send(res, 200, leases.history(Number(url.searchParams.get("limit") ?? 20)));
  }
  if (url.pathname === "/leases" && req.method === "GET") {
    const holder = url.searchParams.get("holder");
    if (!holder) throw new HttpError(400, "holder is required");
    return send(res, 200, leases.heldBy(holder));
  }

  if (parts[0] === "leases" && parts[1] && parts[2] && req.method === "POST") {
    const resource = decodeURIComponent(parts[1]);
    const body = await readJson(req);
    const holder = holderOf(body);
    switch (parts[2]) {
      case "acquire": {
        const ttlMs = Math.max(1000, Math.min(Number(body.ttlMs) || 30_000, 300_000));
        const result = await leases.acquire(resource, holder, ttlMs, Number(body.waitMs) || 0);
        return send(res, 200, result);
      }
      case "heartbeat": {
        const lease = leases.heartbeat(resource, holder, body.token);
        return lease ? send(res, 200, lease) : send(res, 409, { error: "lease lost" });
      }
      case "release":
        return send(res, 200, { released: leases.release(resource, holder) });
    }
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof HttpError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`worker leases on :${port}`));
