"use strict";

const http = require("node:http");
const { randomUUID } = require("node:crypto");
const accounts = require("./accounts.cjs");
const throttle = require("./throttle.cjs");
const { recentSends, requestReset } = require("./resets.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

class HttpError extends Error {
  constructor(status, message, headers = {}) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
}

/** Signed-in claimants by session id; a session ends at sign-out or after 20 minutes idle. */
const sessions = new Map();
const IDLE_MS = 20 * 60 * 1000;

function send(res, status, body, headers = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {});
      } catch (err) {
        reject(new HttpError(400, `bad JSON: ${err.message}`));
      }
    });
    req.on("error", reject);
  });
}

async function signIn(req) {
  const { ref, password } = await readJson(req);
  if (!ref || !password) throw new HttpError(400, "reference and password are required");
  const ip = req.socket.remoteAddress ?? "unknown";
  const gate = throttle.check(ip, ref);
  if (!gate.allowed) {
    throw new HttpError(429, "too many attempts, try again later", {
      "retry-after": String(Math.ceil(gate.retryAfterMs / 1000)),
    });
  }
  const claimant = await accounts.verify(ref, password);
  if (!claimant) {
    throttle.recordFailure(ip, ref, String(req.headers["user-agent"] ?? ""));
    throw new HttpError(401, "that reference and password do not match our records");
  }
  throttle.recordSuccess(ip, ref);
  const id = randomUUID();
  sessions.set(id, { ref: claimant.ref, name: claimant.name, lastSeen: Date.now() });
  return { session: id, name: claimant.name };
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/signin" && req.method === "POST") {
    return send(res, 200, await signIn(req));
  }
  if (url.pathname === "/signout" && req.method === "POST") {
    const ended = sessions.delete(String(req.headers["x-session"] ?? ""));
    return send(res, 200, { signedOut: ended });
  }
  if (url.pathname === "/password-reset" && req.method === "POST") {
    const { ref } = await readJson(req);
    requestReset(accounts.find(ref ?? ""));
    return send(res, 202, { message: "If that reference is registered, we have sent an e-mail." });
  }
  if (url.pathname === "/account") {
    const session = sessions.get(String(req.headers["x-session"] ?? ""));
    if (!session || Date.now() - session.lastSeen > IDLE_MS) {
      throw new HttpError(401, "please sign in");
    }
    session.lastSeen = Date.now();
    return send(res, 200, { ref: session.ref, name: session.name });
  }
  if (url.pathname === "/ops/signin") {
    return send(res, 200, { throttle: throttle.stats(), mail: recentSends() });
  }
  throw new HttpError(404, "not found");
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    const status = err instanceof HttpError ? err.status : 500;
    send(res, status, { error: err.message }, err.headers ?? {});
  });
}).listen(port, "127.0.0.1", () => console.log(`benefits sign-in on :${port}`));
