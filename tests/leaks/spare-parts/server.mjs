import http from "node:http";
import { discontinue, loadSeed, parts, updatePart } from "./catalog.mjs";
import { SearchIndex } from "./search-index.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4571;

const index = new SearchIndex();
for (const part of loadSeed()) index.add(part);

// Price/stock changes go out to the branch tills in batches; the last few are on /changes.
const recentChanges = [];
const RECENT_CHANGES = 30;

function send(res, status, body) {
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
    throw Object.assign(new Error("body must be JSON"), { status: 400 });
  }
}

function summary(part) {
  return {
    sku: part.sku,
    name: part.name,
    brand: part.brand,
    priceCents: part.priceCents,
    inStock: part.stock > 0,
  };
}

async function route(req, res, url) {
  if (url.pathname === "/search" && req.method === "GET") {
    const q = url.searchParams.get("q") ?? "";
    const hits = index.search(q, Number(url.searchParams.get("limit") ?? 10));
    return send(res, 200, { q, hits: hits.map((sku) => summary(parts.get(sku))) });
  }
  const one = /^\/parts\/([\w-]+)$/.exec(url.pathname);
  if (one && req.method === "GET") {
    const part = parts.get(one[1]);
    return part ? send(res, 200, part) : send(res, 404, { error: "unknown sku" });
  }
  if (one && req.method === "PATCH") {
    const changes = await readJson(req);
    const updated = updatePart(one[1], changes);
    if (!updated) return send(res, 404, { error: "unknown sku" });
    index.add(updated);
    recentChanges.push({ sku: updated.sku, changes: Object.keys(changes), at: updated.updatedAt });
    if (recentChanges.length > RECENT_CHANGES) recentChanges.shift();
    return send(res, 200, updated);
  }
  if (one && req.method === "DELETE") {
    const gone = discontinue(one[1]);
    if (!gone) return send(res, 404, { error: "unknown sku" });
    index.remove(gone.sku);
    return send(res, 200, { discontinued: gone.sku });
  }
  if (url.pathname === "/changes" && req.method === "GET") {
    return send(res, 200, recentChanges.slice(-10));
  }
  if (url.pathname === "/index/stats" && req.method === "GET") {
    return send(res, 200, index.stats());
  }
  send(res, 404, { error: "not found" });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  try {
    await route(req, res, url);
  } catch (err) {
    if (err.status) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => {
  console.log(`spare-parts on http://127.0.0.1:${port}`);
});
