"use strict";

const http = require("node:http");
const { ingest, registry, siteSummary } = require("./pipeline.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 5120;

function send(res, status, body, type = "application/json") {
  const text = type === "application/json" ? JSON.stringify(body) : body;
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(text) });
  res.end(text);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

async function route(req, res, url) {
  if (url.pathname === "/ingest" && req.method === "POST") {
    const batch = await readJson(req);
    if (!Array.isArray(batch.readings)) return send(res, 422, { error: "readings[] required" });
    return send(res, 202, ingest(batch));
  }
  const site = /^\/sites\/([\w-]+)$/.exec(url.pathname);
  if (site && req.method === "GET") return send(res, 200, siteSummary(site[1]));
  if (url.pathname === "/metrics") return send(res, 200, registry.expose(), "text/plain");
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => {
    console.error(err);
    send(res, err instanceof SyntaxError ? 400 : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`sensor-ingest on 127.0.0.1:${port}`));
