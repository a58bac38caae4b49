import http from "node:http";
import { allow } from "./ratelimit.mjs";
import { board, followerCount, openStream } from "./stream.mjs";
import { cancelVisit, planVisit, stats, technician } from "./visits.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const SLOW_MS = 2_000;
const VISIT = /^\/visits\/([\w-]+)\/cancel$/;
const TECHNICIAN = /^\/technicians\/([\w-]+)$/;

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

async function route(req, res, url) {
  if (url.pathname === "/stats") {
    return sendJson(res, 200, { ...stats(), followers: followerCount() });
  }

  if (url.pathname === "/visits" && req.method === "POST") {
    const body = await readJson(req);
    if (typeof body?.ref !== "string" || Number.isNaN(Date.parse(body.window))) {
      return sendJson(res, 400, { error: "ref and window are required" });
    }
    const visit = planVisit(body);
    return visit ? sendJson(res, 201, visit) : sendJson(res, 409, { error: "visit exists" });
  }

  let m = VISIT.exec(url.pathname);
  if (m && req.method === "POST") {
    const cancelled = cancelVisit(m[1]);
    return cancelled
      ? sendJson(res, 200, cancelled)
      : sendJson(res, 404, { error: "no such visit" });
  }

  m = TECHNICIAN.exec(url.pathname);
  if (m && req.method === "GET") return sendJson(res, 200, technician(m[1]));

  if (url.pathname === "/dispatch/stream" && req.method === "GET") {
    return openStream(req, res, {
      region: url.searchParams.get("region") ?? "utrecht",
      follow: url.searchParams.get("mode") !== "catchup",
    });
  }
  sendJson(res, 404, { error: "not found" });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true });

  const clientId = req.headers["x-client-id"] ?? req.socket.remoteAddress;
  if (!allow(clientId, url.pathname)) return sendJson(res, 429, { error: "slow down" });

  const slow = setTimeout(() => console.warn(`slow request ${req.method} ${req.url}`), SLOW_MS);
  const onShutdown = () => {
    if (!res.headersSent) sendJson(res, 503, { error: "shutting down" });
  };
  board.on("shutdown", onShutdown);
  try {
    await route(req, res, url);
  } catch (err) {
    console.error(err);
    if (!res.headersSent) sendJson(res, 500, { error: "internal error" });
  } finally {
    clearTimeout(slow);
    board.off("shutdown", onShutdown);
  }
});

server.listen(port, "127.0.0.1", () => console.log(`field service on 127.0.0.1:${port}`));
