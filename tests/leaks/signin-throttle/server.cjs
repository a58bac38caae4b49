"use strict";
const http = require("node:http");
const crypto = require("node:crypto");
const { checkPassword, byAccessToken } = require("./users.cjs");
const { lockedFor, recordFailure, recordSuccess, throttleStats } = require("./throttle.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const SESSION_SECRET = crypto.randomBytes(32);
const SESSION_TTL_S = 3600;

function b64url(buf) {
  return Buffer.from(buf).toString("base64url");
}

/** A stateless session token: the claims and their HMAC. */
function issueSession(account) {
  const now = Math.floor(Date.now() / 1000);
  const header = b64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const claims = b64url(
    JSON.stringify({
      sub: account.username,
      name: account.displayName,
      iat: now,
      exp: now + SESSION_TTL_S,
    }),
  );
  const sig = crypto.createHmac("sha256", SESSION_SECRET).update(`${header}.${claims}`).digest();
  return `${header}.${claims}.${b64url(sig)}`;
}

function clientIp(req) {
  const forwarded = req.headers["x-forwarded-for"];
  if (typeof forwarded === "string" && forwarded) return forwarded.split(",")[0].trim();
  return req.socket.remoteAddress ?? "unknown";
}

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve) => {
    let data = "";
    req.on("data", (chunk) => (data += chunk));
    req.on("end", () => {
      try {
        resolve(data ? JSON.parse(data) : {});
      } catch {
        resolve({});
      }
    });
  });
}

async function handle(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (req.method === "GET" && url.pathname === "/healthz") return send(res, 200, { ok: true });

  if (req.method === "POST" && url.pathname === "/login") {
    const { username, password } = await readJson(req);
    if (typeof username !== "string" || typeof password !== "string") {
      return send(res, 400, { error: "username and password are required" });
    }
    const ip = clientIp(req);
    const wait = lockedFor(ip, username);
    if (wait > 0) {
      res.setHeader("retry-after", String(Math.ceil(wait / 1000)));
      return send(res, 429, { error: "too many failed attempts" });
    }
    const account = checkPassword(username, password);
    if (!account) {
      const entry = recordFailure(ip, username);
      return send(res, 401, {
        error: "invalid credentials",
        attemptsLeft: Math.max(0, 5 - entry.count),
      });
    }
    recordSuccess(ip, username);
    account.lastLoginAt = new Date().toISOString();
    return send(res, 200, { token: issueSession(account), expiresIn: SESSION_TTL_S });
  }

  if (req.method === "GET" && url.pathname === "/account") {
    const auth = req.headers.authorization ?? "";
    const account = auth.startsWith("Bearer ") ? byAccessToken(auth.slice(7)) : undefined;
    if (!account) return send(res, 401, { error: "a valid access token is required" });
    return send(res, 200, {
      username: account.username,
      name: account.displayName,
      lastLoginAt: account.lastLoginAt,
    });
  }

  if (req.method === "GET" && url.pathname === "/admin/throttle") {
    return send(res, 200, throttleStats());
  }
  send(res, 404, { error: "not found" });
}

const server = http.createServer((req, res) => {
  handle(req, res).catch((err) => send(res, 500, { error: String(err) }));
});
server.listen(port, "127.0.0.1");
