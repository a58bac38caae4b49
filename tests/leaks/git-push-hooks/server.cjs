"use strict";

const http = require("node:http");
const { HookError, receive } = require("./hooks.cjs");
const { count } = require("./deliveries.cjs");
const { stats } = require("./pipelines.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

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
        reject(new HookError(400, `bad JSON: ${err.message}`));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, { deliveries: count(), ...stats() });
  if (url.pathname === "/hooks/github" && req.method === "POST") {
    const payload = await readJson(req);
    const { status, body } = receive(
      req.headers["x-github-delivery"],
      req.headers["x-github-event"],
      payload,
    );
    return send(res, status, body);
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof HookError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`git hooks on :${port}`));
