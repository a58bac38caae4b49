import http from "node:http";
import { FlagClient } from "./flags.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const ADMIN_TOKEN = "ops-local-token";

const flags = new FlagClient([
  {
    key: "new-checkout",
    enabled: true,
    rollout: 20,
    onValue: true,
    offValue: false,
    rules: [{ attribute: "country", op: "in", values: ["nl", "be"], serve: true }],
  },
  { key: "search-v2", enabled: true, rollout: 50, onValue: "v2", offValue: "v1", rules: [] },
  {
    key: "annual-plan-banner",
    enabled: true,
    rollout: 100,
    onValue: true,
    offValue: false,
    rules: [{ attribute: "plan", op: "eq", values: ["free"], serve: false }],
  },
  { key: "dark-mode", enabled: false, rollout: 0, onValue: true, offValue: false, rules: [] },
]);

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {});
      } catch (err) {
        reject(err);
      }
    });
    req.on("error", reject);
  });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  try {
    if (url.pathname === "/healthz") return send(res, 200, { ok: true });

    if (req.method === "GET" && url.pathname === "/flags") {
      const key = url.searchParams.get("user");
      if (!key) return send(res, 400, { error: "user required" });
      const user = {
        key,
        attributes: {
          plan: url.searchParams.get("plan") ?? "free",
          country: url.searchParams.get("country") ?? "us",
        },
      };
      return send(res, 200, flags.evaluateAll(user));
    }

    const m = /^\/admin\/flags\/([\w-]+)$/.exec(url.pathname);
    if (m && req.method === "POST") {
      if (req.headers["x-admin-token"] !== ADMIN_TOKEN) {
        return send(res, 403, { error: "forbidden" });
      }
      const body = await readJson(req);
      const patch = {};
      for (const field of ["enabled", "rollout", "rules", "comment"]) {
        if (body[field] !== undefined) patch[field] = body[field];
      }
      const def = flags.publish(m[1], patch, req.headers["x-user"] ?? "ops");
      return def ? send(res, 200, def) : send(res, 404, { error: "no such flag" });
    }

    if (req.method === "GET" && url.pathname === "/admin/flags") {
      return send(res, 200, {
        rulesetVersion: flags.rulesetVersion,
        flags: [...flags.definitions.values()],
      });
    }
    send(res, 404, { error: "not found" });
  } catch (err) {
    send(res, 500, { error: String(err) });
  }
});

server.listen(port, "127.0.0.1");
