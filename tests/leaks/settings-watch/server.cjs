"use strict";

const http = require("node:http");
const { ConfigError, getNamespace, namespaces } = require("./namespaces.cjs");
const watchers = require("./watchers.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 7070;

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ConfigError(400, "bad JSON");
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return watchers.respond(res, 200, { ok: true });
  if (url.pathname === "/v1/namespaces") {
    return watchers.respond(res, 200, {
      namespaces: [...namespaces.values()].map((ns) => ({ name: ns.name, version: ns.version })),
      watches: watchers.stats(),
    });
  }
  if (parts[0] !== "v1" || parts[1] !== "namespaces" || !parts[2]) {
    return watchers.respond(res, 404, { error: "not found" });
  }
  const ns = getNamespace(parts[2]);
  if (parts.length === 3 && req.method === "GET") return watchers.respond(res, 200, ns.snapshot());
  if (parts.length === 3 && req.method === "PATCH") {
    const body = await readJson(req);
    if (!body.values || typeof body.values !== "object") {
      throw new ConfigError(400, "values is required");
    }
    const author = String(body.author ?? req.headers["x-client-id"] ?? "unknown");
    const changed = ns.apply(body.values, author);
    const woken = changed ? watchers.notify(ns) : 0;
    return watchers.respond(res, 200, { version: ns.version, changed, woken });
  }
  if (parts[3] === "watch" && req.method === "GET") {
    const after = url.searchParams.has("version")
      ? Number(url.searchParams.get("version"))
      : undefined;
    const waitMs = Number(url.searchParams.get("wait") ?? 200);
    return watchers.watch(ns, req, res, { after, waitMs });
  }
  if (parts[3] === "history" && req.method === "GET") {
    const limit = Math.min(Number(url.searchParams.get("limit") ?? 10), 20);
    return watchers.respond(res, 200, { name: ns.name, history: ns.history.slice(-limit) });
  }
  return watchers.respond(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    watchers.respond(res, err instanceof ConfigError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`config on :${port}`));
