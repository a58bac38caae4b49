import http from "node:http";
import { AssetError, getAsset, ingest, proxyOf, rename, stats, view } from "./jobs.mjs";
import { isDraining } from "./lifecycle.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  if (chunks.length === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch (err) {
    throw new AssetError(400, `bad JSON: ${err.message}`);
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, isDraining ? 503 : 200, { ok: !isDraining });
  if (url.pathname === "/stats") return send(res, 200, stats());
  if (url.pathname === "/assets" && req.method === "POST") {
    if (isDraining) throw new AssetError(503, "shutting down");
    const asset = ingest(await readJson(req));
    return send(res, 202, view(asset));
  }
  if (parts[0] === "assets" && parts[1]) {
    if (parts.length === 2 && req.method === "GET") return send(res, 200, view(getAsset(parts[1])));
    if (parts.length === 2 && req.method === "PATCH") {
      return send(res, 200, view(rename(parts[1], await readJson(req))));
    }
    if (parts[2] === "proxy" && req.method === "GET") {
      return send(res, 200, await proxyOf(parts[1]));
    }
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof AssetError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`video proxies on :${port}`));
