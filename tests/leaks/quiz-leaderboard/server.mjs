import http from "node:http";
import { record, teamCount, top } from "./standings.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4975;

const rounds = { submitted: 0, lastId: "" };

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
  const m = /^\/rounds\/([\w-]{1,40})\/results$/.exec(url.pathname);
  if (m && req.method === "POST") {
    const body = await readJson(req);
    if (!Array.isArray(body.results) || body.results.length === 0) {
      return send(res, 422, { error: "results[] required" });
    }
    const standings = body.results.filter((r) => r && r.team).map((r) => record(m[1], r));
    rounds.submitted++;
    rounds.lastId = m[1];
    return send(res, 200, { round: m[1], standings });
  }
  if (url.pathname === "/leaderboard") {
    const n = Math.min(50, Number(url.searchParams.get("top")) || 10);
    return send(res, 200, { teams: teamCount(), rounds, top: top(n) });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => send(res, 400, { error: String(err.message) }));
}).listen(port, "127.0.0.1", () => console.log(`quiz-leaderboard on 127.0.0.1:${port}`));
