"use strict";

const http = require("node:http");
const { RoundError, buzz, extend, openQuestion, openCount, recentResults } = require(
  "./rounds.cjs",
);
const { leaderboard } = require("./teams.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
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
        reject(new RoundError(400, `bad JSON: ${err.message}`));
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return send(res, 200, { ok: true });

  if (url.pathname === "/questions" && req.method === "POST") {
    const q = await readJson(req);
    if (!q.id || !q.text || q.answer === undefined) {
      throw new RoundError(400, "id, text and answer required");
    }
    return send(res, 201, openQuestion(q));
  }

  if (parts[0] === "questions" && parts[1] && parts[2] === "buzz" && req.method === "POST") {
    const b = await readJson(req);
    return send(res, 200, buzz(parts[1], b.team, b.answer));
  }

  if (parts[0] === "questions" && parts[1] && parts.length === 2 && req.method === "PATCH") {
    const body = await readJson(req);
    return send(res, 200, extend(parts[1], body.extraMs));
  }

  if (url.pathname === "/scoreboard") {
    const limit = Number(url.searchParams.get("limit") ?? 5);
    return send(res, 200, {
      open: openCount(),
      leaderboard: leaderboard(),
      recent: recentResults(limit),
    });
  }

  req.resume();
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof RoundError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`quiz buzzers on :${port}`));
