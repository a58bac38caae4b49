import http from "node:http";
import { createKey, findKey, keyCount, KeyError, revokeKey, updateKey } from "./keys.mjs";
import { bucketCount, take } from "./ratelimit.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const STOCK = {
  "SKU-1001": { sku: "SKU-1001", name: "Oak shelf 80cm", onHand: 42, warehouse: "LDS-2" },
  "SKU-2040": { sku: "SKU-2040", name: "Wall bracket pair", onHand: 310, warehouse: "LDS-2" },
};

function send(res, status, body, headers = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  if (chunks.length === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new KeyError(400, "bad JSON");
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") {
    return send(res, 200, { keys: keyCount(), buckets: bucketCount() });
  }

  // partner portal: /partners/:partner/keys[/:keyId[/revoke]]
  if (parts[0] === "partners" && parts[2] === "keys") {
    const partner = parts[1];
    if (parts.length === 3 && req.method === "POST") {
      return send(res, 201, createKey(partner, await readJson(req)));
    }
    if (parts.length === 4 && req.method === "PATCH") {
      return send(res, 200, updateKey(partner, parts[3], await readJson(req)));
    }
    if (parts.length === 5 && parts[4] === "revoke" && req.method === "POST") {
      return send(res, 200, revokeKey(partner, parts[3]));
    }
  }

  // public API; the gateway has checked the request signature and passes the key id on
  if (parts[0] === "v1") {
    const key = findKey(String(req.headers["x-api-key-id"] ?? ""));
    if (!key) return send(res, 401, { error: "unknown or revoked key" });
    const verdict = take(key);
    const headers = { "x-ratelimit-remaining": String(verdict.remaining) };
    if (!verdict.allowed) return send(res, 429, { error: "slow down" }, headers);
    if (parts[1] === "stock" && parts[2]) {
      if (!key.scopes.includes("stock:read")) return send(res, 403, { error: "stock:read" });
      const item = STOCK[parts[2]];
      return item ? send(res, 200, item, headers) : send(res, 404, { error: "unknown sku" });
    }
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof KeyError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`partner api on :${port}`));
