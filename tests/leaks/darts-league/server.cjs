"use strict";

const http = require("node:http");
const { Ladder } = require("./lib/ladder.cjs");
const { Notices, Reservations } = require("./lib/notify.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4983;

const ladder = new Ladder();
const points = new Map();
const notices = new Notices();
const boards = new Reservations();
const BOARD_HOLD_MS = 500;
// A board kept for the league final, restored on start-up.
boards.place({ id: "final-board-1", player: "league", expiresAt: Date.now() + 14 * 86_400_000 });
setInterval(() => {
  notices.retryDue();
  boards.sweep();
}, 200).unref();

function send(res, status, body) {
  if (status === 204) {
    res.writeHead(204);
    return res.end();
  }
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

function award(player, legs, matchId) {
  const before = points.get(player);
  if (before) ladder.remove(before.score, player);
  const now = { score: (before?.score ?? 0) + legs, matches: (before?.matches ?? 0) + 1, matchId };
  points.set(player, now);
  ladder.insert(now.score, player, now);
}

async function route(req, res, url) {
  const m = /^\/matches\/([\w-]{1,40})$/.exec(url.pathname);
  if (m && req.method === "POST") {
    const b = await readJson(req);
    if (!b.home || !b.away) return send(res, 422, { error: "home and away" });
    award(String(b.home), Number(b.homeLegs) || 0, m[1]);
    award(String(b.away), Number(b.awayLegs) || 0, m[1]);
    const id = String(b.noticeId ?? "");
    if (/^\d{1,20}$/.test(id)) {
      notices.send({ id, to: String(b.home), text: `Result ${b.homeLegs}-${b.awayLegs} recorded` });
    }
    return send(res, 201, { top: ladder.top(3) });
  }
  const ack = /^\/notices\/(\d{1,20})\/ack$/.exec(url.pathname);
  if (ack && req.method === "POST") {
    notices.ack(ack[1]);
    return send(res, 204);
  }
  if (url.pathname === "/boards" && req.method === "POST") {
    const b = await readJson(req);
    if (!/^[\w-]{4,64}$/.test(String(b.id))) return send(res, 422, { error: "id" });
    boards.place({
      id: b.id,
      player: String(b.player ?? ""),
      expiresAt: Date.now() + BOARD_HOLD_MS,
    });
    return send(res, 201, { id: b.id });
  }
  const claim = /^\/boards\/([\w-]{4,64})\/claim$/.exec(url.pathname);
  if (claim && req.method === "POST") {
    return boards.take(claim[1])
      ? send(res, 200, { claimed: true })
      : send(res, 410, { error: "gone" });
  }
  if (url.pathname === "/ladder") {
    return send(res, 200, {
      players: points.size,
      nodes: ladder.length,
      top: ladder.top(10),
      notices: notices.stats,
      boards: boards.queue.length,
    });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => send(res, 400, { error: String(err.message) }));
}).listen(port, "127.0.0.1", () => console.log(`darts-league on 127.0.0.1:${port}`));
