import http from "node:http";
import { chargePoints, handlerErrors } from "./central_system.mjs";
import {
  findSession,
  overview,
  reportMeter,
  requestStop,
  SessionError,
  startSession,
} from "./sessions.mjs";

const portArg = process.argv.slice(2).find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

async function route(req, url) {
  if (req.method === "GET" && url.pathname === "/healthz") return [200, { ok: true }];
  if (req.method === "GET" && url.pathname === "/chargers") {
    const points = [...chargePoints.values()].map(({ id, location, status, sessions }) => ({
      id,
      location,
      status,
      sessions,
    }));
    return [200, { points, ...overview(), handlerErrors: handlerErrors.count }];
  }
  if (req.method !== "POST") return [404, { error: "not found" }];
  const body = await readJson(req);
  if (body === null) return [400, { error: "invalid JSON" }];

  if (url.pathname === "/sessions") return [201, startSession(body)];
  const m = /^\/sessions\/([\w-]+)\/(meter|stop)$/.exec(url.pathname);
  if (!m) return [404, { error: "not found" }];
  const session = findSession(m[1]);
  if (!session) return [404, { error: "no such session" }];
  if (m[2] === "meter") {
    const wh = Number(body.wh);
    if (!(wh >= 0 && wh < 200_000)) return [422, { error: "wh out of range" }];
    reportMeter(session, wh);
    return [200, { id: session.id, status: session.status }];
  }
  if (session.status !== "charging") return [409, { error: "already stopping" }];
  requestStop(session);
  return [202, { id: session.id, status: session.status }];
}

http.createServer(async (req, res) => {
  try {
    const [status, body] = await route(req, new URL(req.url, "http://localhost"));
    send(res, status, body);
  } catch (err) {
    if (err instanceof SessionError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
}).listen(port, "127.0.0.1", () => console.log(`workplace charging on 127.0.0.1:${port}`));
