"use strict";

const http = require("node:http");
const { listings, getListing, updateListing, ListingError } = require("./listings.cjs");
const { queueReindex, indexAll, search, syncStatus } = require("./search_sync.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4482;

function sendJson(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return JSON.parse(raw);
  } catch {
    throw new ListingError(400, "invalid JSON");
  }
}

async function route(req, res, url) {
  const listing = /^\/listings\/([\w-]+)$/.exec(url.pathname);
  if (listing && req.method === "PATCH") {
    const updated = updateListing(listing[1], await readJson(req));
    queueReindex(updated);
    return sendJson(res, 200, updated);
  }
  if (listing && req.method === "GET") return sendJson(res, 200, getListing(listing[1]));
  if (url.pathname === "/search") {
    return sendJson(res, 200, { results: search(url.searchParams.get("q") ?? "") });
  }
  if (url.pathname === "/internal/search-sync") return sendJson(res, 200, syncStatus());
  sendJson(res, 404, { error: "not found" });
}

indexAll(listings.values());

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true });
  route(req, res, url).catch((err) => {
    if (err instanceof ListingError) return sendJson(res, err.status, { error: err.message });
    console.error(err);
    sendJson(res, 500, { error: "internal error" });
  });
});

server.listen(port, "127.0.0.1", () => console.log(`marketplace-index on 127.0.0.1:${port}`));
