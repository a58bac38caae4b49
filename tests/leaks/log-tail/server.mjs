import http from "node:http";
import { LEVELS } from "./format.mjs";
import { append, backlogSize, openTail, seedBacklog } from "./livelog.mjs";
import { sampleRecords } from "./seed.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

seedBacklog(sampleRecords(600));

function sendJson(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true });
  if (url.pathname === "/stats") return sendJson(res, 200, { backlog: backlogSize() });

  if (url.pathname === "/tail" && req.method === "GET") {
    const service = url.searchParams.get("service");
    if (!service) return sendJson(res, 400, { error: "service is required" });
    const level = url.searchParams.get("level") ?? "info";
    if (!(level in LEVELS)) return sendJson(res, 400, { error: `unknown level ${level}` });
    const lines = Math.min(Number(url.searchParams.get("lines") ?? 50) || 50, 500);
    const follow = url.searchParams.get("follow") === "1";
    return openTail(res, { service, level, lines, follow });
  }

  if (url.pathname === "/logs" && req.method === "POST") {
    const entry = await readJson(req);
    if (!entry || typeof entry.service !== "string" || typeof entry.message !== "string") {
      return sendJson(res, 400, { error: "service and message are required" });
    }
    const level = entry.level in LEVELS ? entry.level : "info";
    const record = append({ ...entry, level });
    return sendJson(res, 202, { at: record.at });
  }
  sendJson(res, 404, { error: "not found" });
});

server.listen(port, "127.0.0.1", () => console.log(`log tail listening on 127.0.0.1:${port}`));
