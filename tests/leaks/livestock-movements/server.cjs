"use strict";

const http = require("node:http");
const registry = require("./registry.cjs");
const { Submitter } = require("./submitter.cjs");
const { ValidationError, byId, parseMovement, remember } = require("./movements.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice(7)) : 3000;

const submitter = new Submitter(registry, {
  onAccepted(movement, registryRef) {
    movement.status = "accepted";
    movement.registryRef = registryRef;
  },
  onRejected(movement, reason) {
    movement.status = "rejected";
    movement.reason = reason;
  },
});

function send(res, status, payload) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(payload));
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      try {
        resolve(raw ? JSON.parse(raw) : {});
      } catch (err) {
        reject(err);
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/registry/status") return send(res, 200, submitter.status());
  if (url.pathname === "/movements" && req.method === "POST") {
    const movement = parseMovement(await readBody(req), req.headers["x-keeper"] ?? "unknown");
    remember(movement);
    submitter.enqueue(movement);
    return send(res, 202, { id: movement.id, status: movement.status });
  }
  const m = /^\/movements\/([\w-]+)$/.exec(url.pathname);
  if (m && req.method === "GET") {
    const movement = byId.get(m[1]);
    return movement ? send(res, 200, movement) : send(res, 404, { error: "unknown movement" });
  }
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (err instanceof ValidationError) return send(res, err.status, { error: err.message });
    if (err instanceof SyntaxError) return send(res, 400, { error: "bad JSON" });
    console.error(err);
    send(res, 500, { error: "internal" });
  });
}).listen(port, "127.0.0.1", () => console.log(`movements service listening on ${port}`));
