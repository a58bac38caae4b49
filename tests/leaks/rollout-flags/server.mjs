import http from "node:http";
import { FlagError, FlagStore } from "./store.mjs";
import { createContextCache } from "./contexts.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4242;

const store = new FlagStore([
  { key: "checkout-v2", enabled: true, on: "v2", off: "v1", rollout: 25, rules: [] },
  {
    key: "apple-pay",
    enabled: true,
    on: "shown",
    off: "hidden",
    rollout: 0,
    rules: [{
      id: "ios-recent",
      variant: "shown",
      conditions: [{ attribute: "app", op: "semver_gte", values: ["ios-5.10.0"] }],
    }],
  },
  {
    key: "eu-vat-banner",
    enabled: true,
    on: "on",
    off: "off",
    rollout: 0,
    rules: [{
      id: "eu",
      variant: "on",
      conditions: [{ attribute: "country", op: "in", values: ["NL", "DE", "FR", "BE", "IE"] }],
    }],
  },
  { key: "search-reranker", enabled: true, on: "ltr", off: "bm25", rollout: 50, rules: [] },
  { key: "legacy-invoices", enabled: false, on: "on", off: "off", rollout: 100, rules: [] },
]);
const contexts = createContextCache(store, 64);

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new FlagError(400, "bad JSON");
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/evaluate") {
    const q = url.searchParams;
    const id = q.get("user");
    if (!id) throw new FlagError(400, "user is required");
    const ctx = contexts.forUser({
      id,
      country: q.get("country") ?? undefined,
      plan: q.get("plan") ?? "free",
      app: q.get("app") ?? undefined,
      email: q.get("email") ?? undefined,
    });
    return send(res, 200, { user: id, version: store.version, flags: ctx.all() });
  }
  if (parts[0] === "flags" && parts.length === 1) {
    return send(res, 200, {
      version: store.version,
      contexts: contexts.size,
      subscribers: store.subscriberCount,
      flags: store.all(),
    });
  }
  if (parts[0] === "flags" && parts[1] && req.method === "PATCH") {
    const author = String(req.headers["x-author"] ?? "unknown");
    const flag = store.update(parts[1], await readJson(req), author);
    return send(res, 200, { version: store.version, flag });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof FlagError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`flags on :${port}`));
