import http from "node:http";
import { auditEvents, recent, trailOf } from "./audit.mjs";
import { calendar, decide, LeaveError, submit } from "./leave.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;
const MAX_WAIT_MS = 250;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    throw new LeaveError(400, "body is not JSON");
  }
}

/**
 * The request page's timeline polls for audit entries past the ones it shows; with `wait` it
 * holds the request until the next entry is written (or the wait runs out).
 */
function auditTrail(res, id, seen, waitMs) {
  const entries = trailOf(id, seen);
  if (entries.length > 0 || waitMs <= 0) return send(res, 200, { entries });

  const onEntry = (entry) => {
    clearTimeout(timer);
    send(res, 200, { entries: [entry] });
  };
  const timer = setTimeout(() => {
    auditEvents.off(`audit:${id}`, onEntry);
    send(res, 200, { entries: [] });
  }, Math.min(waitMs, MAX_WAIT_MS));
  auditEvents.once(`audit:${id}`, onEntry);
}

async function route(req, res, url) {
  const parts = url.pathname.split("/").filter(Boolean);
  const user = req.headers["x-user"] ?? "anonymous";
  if (url.pathname === "/leave" && req.method === "POST") {
    return send(res, 201, await submit(await readJson(req), user));
  }
  if (parts[0] === "leave" && parts.length === 2 && req.method === "PATCH") {
    return send(res, 200, await decide(parts[1], await readJson(req), user));
  }
  if (parts[0] === "leave" && parts[2] === "audit" && req.method === "GET") {
    const seen = Number(url.searchParams.get("seen") ?? 0);
    const wait = Number(url.searchParams.get("wait") ?? 0);
    return auditTrail(res, parts[1], seen, wait);
  }
  if (url.pathname === "/calendar") return send(res, 200, calendar());
  if (url.pathname === "/audit/recent") return send(res, 200, recent(10));
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => {
    send(res, err instanceof LeaveError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`leave approvals on :${port}`));
