"use strict";

const http = require("node:http");
const { indexStats, queueUpdate, search } = require("./indexer.cjs");
const { recordQuery, topQueries } = require("./popular.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4988;

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

async function route(req, res, url) {
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/index/stats") {
    return send(res, 200, { ...indexStats(), top: topQueries(5) });
  }

  if (url.pathname === "/search" && req.method === "GET") {
    const q = url.searchParams.get("q") ?? "";
    const hits = search(q);
    recordQuery(q, hits.length);
    return send(res, 200, { q, hits });
  }

  const match = /^\/articles\/([\w-]+)$/.exec(url.pathname);
  if (match && req.method === "PATCH") {
    const body = await readJson(req);
    if (!body.title || !body.body) return send(res, 422, { error: "title and body are required" });
    queueUpdate(match[1], { title: body.title, body: body.body, editor: req.headers["x-user"] });
    return send(res, 202, { id: match[1], queued: true });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  route(req, res, url).catch((err) => send(res, 500, { error: String(err?.message ?? err) }));
}).listen(port, "127.0.0.1", () => console.log(`index-refresher on 127.0.0.1:${port}`));
