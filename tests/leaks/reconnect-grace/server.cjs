"use strict";
const http = require("node:http");
const sessions = require("./sessions.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (c) => (text += c));
    req.on("end", () => {
      try {
        resolve(text ? JSON.parse(text) : {});
      } catch (err) {
        reject(err);
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, sessions.stats());

  if (url.pathname === "/sessions" && req.method === "POST") {
    const body = await readJson(req);
    if (!body.player) return send(res, 400, { error: "player required" });
    const { session, reconnectToken } = sessions.open(body);
    return send(res, 201, { id: session.id, player: session.playerId, reconnectToken });
  }
  if (url.pathname === "/sessions/resume" && req.method === "POST") {
    const { token } = await readJson(req);
    const resumed = token && sessions.resume(String(token));
    if (!resumed) return send(res, 401, { error: "reconnect window closed" });
    return send(res, 200, { id: resumed.session.id, reconnectToken: resumed.reconnectToken });
  }
  const m = /^\/players\/([\w-]+)\/(heartbeat|logout)$/.exec(url.pathname);
  if (m && m[2] === "heartbeat" && req.method === "POST") {
    const s = sessions.heartbeat(m[1]);
    return s
      ? send(res, 200, { ok: true, match: s.matchId })
      : send(res, 404, { error: "no session" });
  }
  if (m && m[2] === "logout" && req.method === "POST") {
    return send(res, sessions.logout(m[1]) ? 200 : 404, { player: m[1], loggedOut: true });
  }
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof SyntaxError ? 400 : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1");
