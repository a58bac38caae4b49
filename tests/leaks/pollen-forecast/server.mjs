import http from "node:http";
import session from "./node_modules/plain-session/index.js";
import { advisory, login, logout, pin, setAdvisory } from "./dashboard.mjs";
import { forecast, REGIONS, SPECIES } from "./forecast.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4561;

const sessions = session({
  secret: process.env.SESSION_SECRET ?? "dev-only-3f9a0c1e",
  name: "pf.sid",
  maxAge: 7 * 24 * 60 * 60 * 1000,
  sameSite: "Strict",
});

function send(res, status, body, headers = {}) {
  if (body === undefined) {
    res.writeHead(status, headers);
    return res.end();
  }
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json),
    ...headers,
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return raw ? JSON.parse(raw) : {};
  } catch {
    return null;
  }
}

function run(middleware, req, res) {
  return new Promise((resolve) => middleware(req, res, resolve));
}

function api(req, res, url) {
  const m = /^\/api\/v1\/regions\/([\w-]+)\/(forecast|pollen)$/.exec(url.pathname);
  if (!m || req.method !== "GET") return false;
  const days = Math.min(Math.max(Number(url.searchParams.get("days") ?? 1) || 1, 1), 5);
  const species = url.searchParams.get("species")?.split(",").filter((s) => SPECIES.includes(s));
  const result = forecast(m[1], m[2] === "pollen" ? 1 : days, species?.length ? species : SPECIES);
  if (!result) {
    send(res, 404, { error: `unknown region ${m[1]}` });
    return true;
  }
  const note = advisory(m[1]);
  send(res, 200, { ...result, advisory: note?.text ?? null }, {
    "cache-control": "public, max-age=600",
  });
  return true;
}

async function dashboard(req, res, url) {
  if (!url.pathname.startsWith("/dashboard")) return false;
  let result;
  if (url.pathname === "/dashboard/login" && req.method === "POST") {
    const body = await readJson(req);
    result = body ? login(req, body) : { status: 400, body: { error: "body must be JSON" } };
  } else if (url.pathname === "/dashboard/logout" && req.method === "POST") {
    result = logout(req);
  } else if (url.pathname === "/dashboard" && req.method === "GET") {
    result = {
      status: 200,
      body: {
        editor: req.session.editor ?? null,
        pinned: (req.session.pinned ?? []).map((r) => ({ region: r, ...REGIONS[r] })),
      },
    };
  } else {
    const pinPath = /^\/dashboard\/pins\/([\w-]+)$/.exec(url.pathname);
    const advPath = /^\/dashboard\/advisories\/([\w-]+)$/.exec(url.pathname);
    if (pinPath && req.method === "POST") result = pin(req, pinPath[1]);
    else if (advPath && req.method === "POST") {
      const body = await readJson(req);
      result = setAdvisory(req, advPath[1], body?.text ?? "");
    } else result = { status: 404, body: { error: "not found" } };
  }
  send(res, result.status, result.body);
  return true;
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  try {
    await run(sessions, req, res);
    if (api(req, res, url)) return;
    if (await dashboard(req, res, url)) return;
    send(res, 404, { error: "not found" });
  } catch (err) {
    console.error(err);
    if (!res.headersSent) send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => {
  console.log(`pollen-forecast on http://127.0.0.1:${port}`);
});
