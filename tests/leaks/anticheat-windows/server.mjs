import http from "node:http";
import { counterCount, inspect, recentFlags } from "./rules.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/telemetry" && req.method === "POST") {
    const report = await readJson(req);
    if (!report.player || !report.match) {
      return send(res, 400, { error: "player and match required" });
    }
    const hits = inspect(report);
    return send(res, 200, { flagged: hits.length > 0, hits });
  }
  if (url.pathname === "/anticheat/flags" && req.method === "GET") {
    const limit = Math.min(100, Number(url.searchParams.get("limit") ?? 20) || 20);
    return send(res, 200, { flags: recentFlags(limit), windows: counterCount() });
  }
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof SyntaxError ? 400 : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1");
