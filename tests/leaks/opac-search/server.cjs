"use strict";

const http = require("node:http");
const { Catalogue } = require("./catalogue.cjs");
const { ResultCache } = require("./result-cache.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const catalogue = new Catalogue();
const cache = new ResultCache(catalogue);

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
        reject(Object.assign(new Error(`bad JSON: ${err.message}`), { status: 400 }));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, { cached: cache.size, ...cache.stats });

  if (url.pathname === "/search" && req.method === "GET") {
    const q = (url.searchParams.get("q") ?? "").trim();
    const from = Number(url.searchParams.get("from")) || undefined;
    const to = Number(url.searchParams.get("to")) || undefined;
    const page = Math.max(1, Number(url.searchParams.get("page")) || 1);
    const key = `${q.toLowerCase()}|${from ?? ""}|${to ?? ""}`;
    const hits = cache.lookup(key, () => catalogue.search(q, { from, to }));
    return send(res, 200, {
      q,
      total: hits.length,
      page,
      results: hits.slice((page - 1) * 10, page * 10),
    });
  }

  if (parts[0] === "records" && parts[1] && parts.length === 2 && req.method === "GET") {
    const r = catalogue.get(parts[1]);
    return r ? send(res, 200, r) : send(res, 404, { error: "no such record" });
  }
  if (parts[0] === "records" && parts[2] === "loans" && req.method === "POST") {
    const body = await readJson(req);
    const result = body.return
      ? catalogue.checkin(parts[1])
      : catalogue.checkout(parts[1], body.borrower);
    return result ? send(res, 200, result) : send(res, 404, { error: "no such record" });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, err.status ?? 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`opac on :${port}`));
