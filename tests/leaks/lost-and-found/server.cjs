"use strict";

const http = require("node:http");
const { ItemError, overview, register, returnToOwner, search } = require("./items.cjs");

const portArg = process.argv.slice(2).find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function readJson(req) {
  return new Promise((resolve, reject) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (text += chunk));
    req.on("end", () => {
      if (!text) return resolve({});
      try {
        resolve(JSON.parse(text));
      } catch {
        resolve(null);
      }
    });
    req.on("error", reject);
  });
}

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

async function route(req, url) {
  if (req.method === "GET" && url.pathname === "/healthz") return [200, { ok: true }];
  if (req.method === "GET" && url.pathname === "/search") {
    const q = url.searchParams.get("q") ?? "";
    const limit = Math.min(Number(url.searchParams.get("limit")) || 20, 50);
    return [200, { query: q, results: search(q, limit) }];
  }
  if (req.method === "GET" && url.pathname === "/overview") return [200, overview()];
  if (req.method !== "POST") return [404, { error: "not found" }];

  const body = await readJson(req);
  if (body === null) return [400, { error: "invalid JSON" }];
  if (url.pathname === "/items") return [201, register(body)];
  const claim = /^\/items\/(LF-\d+)\/claim$/.exec(url.pathname);
  if (claim) return [200, returnToOwner(claim[1], body)];
  return [404, { error: "not found" }];
}

http.createServer((req, res) => {
  route(req, new URL(req.url, "http://localhost"))
    .then(([status, body]) => send(res, status, body))
    .catch((err) => {
      if (err instanceof ItemError) return send(res, err.status, { error: err.message });
      console.error(err);
      send(res, 500, { error: "internal error" });
    });
}).listen(port, "127.0.0.1", () => console.log(`lost property office on 127.0.0.1:${port}`));
