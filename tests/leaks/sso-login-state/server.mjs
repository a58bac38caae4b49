import http from "node:http";
import { beginLogin, completeLogin, LoginError, loginStats } from "./logins.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body, headers = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  try {
    return chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
  } catch {
    throw new LoginError(400, "bad JSON");
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, loginStats());

  if (url.pathname === "/login/start" && req.method === "POST") {
    const body = await readJson(req);
    const started = beginLogin(body, {
      userAgent: String(req.headers["user-agent"] ?? ""),
      ip: req.socket.remoteAddress,
    });
    return send(res, 201, started);
  }
  if (url.pathname === "/login/callback" && req.method === "GET") {
    const { location, cookie } = completeLogin(url.searchParams);
    const headers = { location };
    if (cookie) headers["set-cookie"] = cookie;
    return send(res, 302, { location }, headers);
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof LoginError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`bff on :${port}`));
