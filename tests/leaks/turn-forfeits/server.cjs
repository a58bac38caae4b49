"use strict";

const http = require("node:http");
const { GameError, counters, createMatch, describe, play, resign } = require("./game.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      try {
        resolve(raw ? JSON.parse(raw) : {});
      } catch {
        reject(new GameError(400, "bad JSON"));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, counters());

  if (url.pathname === "/matches" && req.method === "POST") {
    const match = createMatch(await readJson(req));
    return send(res, 201, { id: match.id, turn: "X" });
  }
  if (parts[0] === "matches" && parts[1]) {
    if (parts.length === 2 && req.method === "GET") {
      const match = describe(parts[1]);
      return match ? send(res, 200, match) : send(res, 404, { error: "no such match" });
    }
    if (parts[2] === "moves" && req.method === "POST") {
      return send(res, 200, play(parts[1], await readJson(req)));
    }
    if (parts[2] === "resign" && req.method === "POST") {
      const body = await readJson(req);
      return send(res, 200, resign(parts[1], body.player));
    }
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof GameError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`blitz tic-tac-toe on :${port}`));
