"use strict";
const http = require("node:http");
const { RemoteConfig, LruCache } = require("./remote-config.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

// The control plane's document store (another service in production).
let published = {
  version: 1,
  rollout: { "new-checkout": 10, "search-v2": 50 },
  note: "initial",
};
const remote = new RemoteConfig(() => published, { intervalMs: 50 });
remote.start();

// Evaluations for the current version only: the key carries it, the LRU drops the rest.
const evaluations = new LruCache(64);
let rules = compileRules(remote.current);
remote.on("change", (doc) => {
  rules = compileRules(doc);
});

function compileRules(doc) {
  return Object.entries(doc.rollout).map(([flag, percent]) => ({ flag, percent }));
}

function bucket(user, flag) {
  let h = 2166136261;
  for (const ch of `${flag}:${user}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return (h >>> 0) % 100;
}

function evaluate(user) {
  const key = `${user}@${remote.current.version}`;
  const hit = evaluations.get(key);
  if (hit) return hit;
  const flags = {};
  for (const r of rules) flags[r.flag] = bucket(user, r.flag) < r.percent;
  const result = { user, version: remote.current.version, flags };
  evaluations.set(key, result);
  return result;
}

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  try {
    if (url.pathname === "/healthz") return send(res, 200, { ok: true });
    if (req.method === "GET" && url.pathname === "/flags") {
      return send(res, 200, evaluate(url.searchParams.get("user") ?? "anonymous"));
    }
    if (req.method === "GET" && url.pathname === "/config/watch") {
      const timeout = Math.min(Number(url.searchParams.get("timeout") ?? 1000), 5000);
      const doc = await remote.waitForChange(timeout);
      if (!doc) {
        res.writeHead(304);
        return res.end();
      }
      return send(res, 200, doc);
    }
    if (req.method === "POST" && url.pathname === "/admin/publish") {
      const body = await readJson(req);
      published = {
        version: published.version + 1,
        rollout: { ...published.rollout, ...body.rollout },
        note: String(body.note ?? ""),
      };
      return send(res, 202, { version: published.version });
    }
    if (req.method === "GET" && url.pathname === "/admin/status") {
      return send(res, 200, { current: remote.current, history: remote.history });
    }
    send(res, 404, { error: "not found" });
  } catch (err) {
    send(res, 400, { error: String(err.message ?? err) });
  }
});

server.listen(port, "127.0.0.1");
