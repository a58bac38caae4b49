import { createServer } from "node:http";
import { effectiveConfig, resetOverrides, setOverride, validate } from "./overrides.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const TENANTS = new Set(["acme", "globex", "initech"]);

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
}

async function route(req, res, url) {
  const m = /^\/tenants\/([\w-]+)\/(config|overrides|overrides\/reset)$/.exec(url.pathname);
  if (!m) return send(res, 404, { error: "not found" });
  const [, tenant, what] = m;
  if (!TENANTS.has(tenant)) return send(res, 404, { error: `no tenant ${tenant}` });
  const actor = req.headers["x-user"] ?? "support";

  if (what === "config" && req.method === "GET") {
    return send(res, 200, effectiveConfig(tenant));
  }
  if (what === "overrides" && req.method === "PATCH") {
    const body = await readJson(req);
    const errors = Object.entries(body).map(([k, v]) => validate(k, v)).filter(Boolean);
    if (errors.length) return send(res, 422, { errors });
    for (const [key, value] of Object.entries(body)) setOverride(tenant, key, value, actor);
    return send(res, 200, effectiveConfig(tenant));
  }
  if (what === "overrides/reset" && req.method === "POST") {
    const removed = resetOverrides(tenant);
    return send(res, 200, { tenant, removed, config: effectiveConfig(tenant) });
  }
  send(res, 405, { error: "method not allowed" });
}

createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => send(res, 400, { error: String(err.message ?? err) }));
}).listen(port, "127.0.0.1");
