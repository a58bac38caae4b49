"use strict";

const http = require("node:http");
const { LRU } = require("./vendor/lru.cjs");
const league = require("./league.cjs");
const { allow } = require("./limits.cjs");
const { PUZZLES, matches } = require("./puzzles.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const hintCache = new LRU(128);
const achievements = { firstSolves: 0, fastSolves: 0 };
league.events.on("solved", ({ seconds, profile }) => {
  if (profile.solved === 1) achievements.firstSolves++;
  if (seconds < 120) achievements.fastSolves++;
});

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const { pathname } = url;
  if (pathname === "/healthz") return send(res, 200, { ok: true });
  const solver = String(req.headers["x-solver"] ?? "anonymous");
  if (!allow(solver)) return send(res, 429, { error: "slow down" });

  if (pathname === "/puzzles") {
    return send(res, 200, Object.entries(PUZZLES).map(([id, p]) => ({ id, title: p.title })));
  }
  if (pathname === "/hints") {
    const pattern = (url.searchParams.get("pattern") ?? "").slice(0, 15);
    if (!/^[A-Za-z?.]+$/.test(pattern)) return send(res, 400, { error: "bad pattern" });
    let words = hintCache.get(pattern);
    if (!words) hintCache.set(pattern, words = matches(pattern));
    return send(res, 200, { pattern, words });
  }
  if (pathname === "/stats") {
    return send(res, 200, { ...achievements, solvers: league.solverCount() });
  }
  const [, base, id, action] = pathname.split("/");
  if (base === "solvers" && id) return send(res, 200, league.profile(id) ?? {});
  if (base !== "puzzles" || !id) return send(res, 404, { error: "not found" });
  if (req.method === "GET" && action === "leaderboard") {
    return send(res, 200, league.leaderboard(id));
  }
  if (req.method === "POST" && action === "start") return send(res, 200, league.start(id, solver));
  if (req.method === "POST" && action === "submit") {
    const { entries } = await readJson(req);
    return send(res, 200, league.submit(id, solver, entries ?? {}));
  }
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (err.status) return send(res, err.status, { error: err.message });
    if (err instanceof SyntaxError) return send(res, 400, { error: "bad JSON" });
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`crossword league on :${port}`));
