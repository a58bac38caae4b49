import http from "node:http";
import { assign, cacheSize, SLOTS, TEAMS, view, ZONES } from "./roster.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

async function route(req, res, url) {
  if (url.pathname === "/cache") return send(res, 200, { views: cacheSize() });
  const m = /^\/teams\/(\w+)\/(week|shifts)$/.exec(url.pathname);
  if (!m || !TEAMS.includes(m[1])) return send(res, 404, { error: "not found" });
  const team = m[1];

  if (m[2] === "week" && req.method === "GET") {
    const week = url.searchParams.get("week") ?? "";
    const zone = url.searchParams.get("zone") ?? "Europe/Berlin";
    if (!/^\d{4}-W\d{2}$/.test(week)) return send(res, 400, { error: "week like 2025-W07" });
    if (!ZONES.has(zone)) return send(res, 400, { error: "unsupported zone" });
    return send(res, 200, view(team, week, zone));
  }
  if (m[2] === "shifts" && req.method === "POST") {
    const body = await readJson(req);
    const weekday = Number(body.weekday);
    if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
      return send(res, 400, { error: "weekday 1-7 required" });
    }
    if (!(body.slot in SLOTS) || typeof body.person !== "string") {
      return send(res, 400, { error: "slot and person required" });
    }
    const revision = assign(team, weekday, body.slot, {
      person: body.person.slice(0, 40),
      note: String(body.note ?? "").slice(0, 200),
    });
    return send(res, 201, { revision });
  }
  send(res, 405, { error: "method not allowed" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((e) => send(res, 500, { error: String(e.message ?? e) }));
}).listen(port, "127.0.0.1", () => console.log(`shift-roster on http://127.0.0.1:${port}`));
