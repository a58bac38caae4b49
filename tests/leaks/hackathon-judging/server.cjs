"use strict";

const http = require("node:http");
const { Resource } = require("./resource.cjs");
const { ScoreError } = require("./rubric.cjs");
const { DemoSession, JudgingSession, roomsInUse } = require("./sessions.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice(7)) : 3000;

const TEAM_NAMES = ["Byte Me", "Null Pointers", "Ctrl Alt Elite", "Rubber Ducks", "Overflowers"];
const TEAMS = new Map(TEAM_NAMES.map((name, n) => [`T-${n + 1}`, { id: `T-${n + 1}`, name }]));
const PANEL = ["ada", "grace", "linus", "margaret"];

const sessions = new Map();
const leaderboard = new Map();

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

function sessionFor(id) {
  const s = sessions.get(id);
  if (!s) throw new ScoreError(`no open session ${id}`, 404);
  return s;
}

function record(result) {
  const best = leaderboard.get(result.team);
  const score = result.total ?? result.mean ?? 0;
  if (!best || score > best.score) leaderboard.set(result.team, { score, round: result.round });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/status") {
    return send(res, 200, { open: Resource.openCount(), rooms: [...roomsInUse.keys()] });
  }
  if (url.pathname === "/leaderboard") {
    const rows = [...leaderboard].map(([team, best]) => ({ team, ...best }));
    return send(res, 200, rows.sort((a, b) => b.score - a.score));
  }
  if (url.pathname === "/sessions" && req.method === "POST") {
    const body = await readJson(req);
    const team = TEAMS.get(body.team);
    if (!team) throw new ScoreError(`unknown team ${body.team}`, 404);
    const Kind = body.demo ? DemoSession : JudgingSession;
    const session = new Kind(team, body.round, PANEL, body.room);
    sessions.set(session.id, session);
    return send(res, 201, { id: session.id, room: session.room });
  }
  if (parts[0] === "sessions" && parts[1] && req.method === "POST") {
    const session = sessionFor(parts[1]);
    const body = await readJson(req);
    if (parts[2] === "scores") {
      session.score(body.judge, body.marks, body.comment);
      return send(res, 200, session.result());
    }
    if (parts[2] === "votes" && session instanceof DemoSession) {
      session.vote(body.voter, body.stars);
      return send(res, 200, { ok: true });
    }
    if (parts[2] === "close") {
      const result = session.close();
      sessions.delete(session.id);
      record(result);
      return send(res, 200, result);
    }
  }
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (err instanceof ScoreError) return send(res, err.status, { error: err.message });
    if (err instanceof SyntaxError) return send(res, 400, { error: "invalid JSON" });
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`judging on :${port}`));

process.on("SIGTERM", () => {
  Resource.closeAll();
  process.exit(0);
});
