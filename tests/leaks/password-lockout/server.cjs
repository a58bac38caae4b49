"use strict";

const http = require("node:http");
const { closeUser, createUser, userCount, verify } = require("./users.cjs");
const { clearFailures, isLocked, noteFailure, throttleStats } = require("./throttle.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  try {
    return chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
  } catch {
    return {};
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, { users: userCount(), ...throttleStats() });

  if (url.pathname === "/accounts" && req.method === "POST") {
    const b = await readJson(req);
    if (!b.username || String(b.password ?? "").length < 10) {
      return send(res, 400, { error: "username and a 10+ character password" });
    }
    const user = createUser(String(b.username), String(b.password), b);
    return user ? send(res, 201, { username: user.username }) : send(res, 409, { error: "taken" });
  }
  if (parts[0] === "accounts" && parts[2] === "close" && req.method === "POST") {
    clearFailures(parts[1].toLowerCase());
    return send(res, closeUser(parts[1]) ? 200 : 404, { username: parts[1] });
  }
  if (url.pathname === "/login" && req.method === "POST") {
    const b = await readJson(req);
    const username = String(b.username ?? "").toLowerCase();
    if (isLocked(username)) return send(res, 423, { error: "too many attempts, try later" });
    const user = verify(username, String(b.password ?? ""));
    if (!user) {
      noteFailure(username, req.socket.remoteAddress ?? "");
      return send(res, 401, { error: "wrong username or password" });
    }
    clearFailures(username);
    return send(res, 200, { username: user.username, displayName: user.displayName });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`login on :${port}`));
