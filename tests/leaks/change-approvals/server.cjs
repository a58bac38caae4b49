"use strict";

const http = require("node:http");
const { CabError, board, lookup, markImplemented, raise, vote } = require("./cab.cjs");

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
        reject(new CabError(400, `bad JSON: ${err.message}`));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const [section, number, action] = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/board") return send(res, 200, board());
  if (section !== "changes") return send(res, 404, { error: "not found" });
  if (!number && req.method === "POST") return send(res, 201, raise(await readJson(req)));
  if (number && !action && req.method === "GET") return send(res, 200, lookup(number));
  if (number && action === "votes" && req.method === "POST") {
    return send(res, 200, vote(number, await readJson(req)));
  }
  if (number && action === "implemented" && req.method === "POST") {
    return send(res, 200, markImplemented(number, await readJson(req)));
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof CabError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`CAB approvals on :${port}`));
