"use strict";

const http = require("node:http");
const { randomBytes } = require("node:crypto");
const { accounts } = require("./accounts.cjs");
const { activityPage, needsCaptcha, recordSignIn } = require("./activity.cjs");
const { SESSION_COOKIE } = require("./config.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body, headers = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {});
      } catch {
        resolve({});
      }
    });
  });
}

async function signIn(req, res) {
  const body = await readJson(req);
  const account = accounts.get(String(body.email ?? "").toLowerCase());
  // same answer for unknown accounts and wrong passwords
  if (!account) return send(res, 401, { error: "wrong email or password" });
  if (needsCaptcha(account) && !body.captcha) {
    return send(res, 428, { error: "captcha required" });
  }
  const ok = account.checkPassword(String(body.password ?? ""));
  recordSignIn(account, {
    outcome: ok ? "success" : "failed",
    ip: req.socket.remoteAddress ?? "",
    userAgent: String(req.headers["user-agent"] ?? ""),
    method: "password",
    device: body.device ? String(body.device) : undefined,
  });
  if (!ok) return send(res, 401, { error: "wrong email or password" });
  const sid = randomBytes(18).toString("base64url");
  return send(res, 200, { ok: true }, {
    "set-cookie": `${SESSION_COOKIE}=${sid}; Path=/; HttpOnly; Secure; SameSite=Lax`,
  });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/signin" && req.method === "POST") {
    return signIn(req, res).catch((err) => send(res, 500, { error: err.message }));
  }
  // GET /accounts/:email/activity
  if (parts[0] === "accounts" && parts[2] === "activity") {
    const account = accounts.get(decodeURIComponent(parts[1]).toLowerCase());
    if (!account) return send(res, 404, { error: "no such account" });
    return send(res, 200, { activity: activityPage(account) });
  }
  send(res, 404, { error: "not found" });
}).listen(port, "127.0.0.1", () => console.log(`account service on :${port}`));
