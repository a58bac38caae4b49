"use strict";

const http = require("node:http");
const { complete, search } = require("./titles.cjs");
const { Popularity } = require("./popularity.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const popularity = new Popularity();

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      try {
        resolve(raw ? JSON.parse(raw) : {});
      } catch (err) {
        reject(Object.assign(err, { status: 400 }));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");

  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, popularity.stats());

  if (url.pathname === "/suggest" && req.method === "GET") {
    const q = url.searchParams.get("q") ?? "";
    popularity.count(q, "suggest");
    return send(res, 200, { q, titles: complete(q), popular: q ? [] : popularity.top(5) });
  }
  if (url.pathname === "/search" && req.method === "POST") {
    const { q = "" } = await readJson(req);
    popularity.count(q, "search");
    return send(res, 200, { q, results: search(q) });
  }
  if (url.pathname === "/popular" && req.method === "GET") {
    return send(res, 200, { popular: popularity.top(Number(url.searchParams.get("n")) || 10) });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, err.status ?? 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`wiki autocomplete on :${port}`));
