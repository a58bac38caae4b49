import http from "node:http";
import { readJson, send } from "./http.mjs";
import { Matchmaker } from "./matchmaker.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4920;

const TIME_CONTROLS = new Set(["1+0", "3+0", "3+2", "5+0"]);

const matchmaker = new Matchmaker({
  ratingSpread: 150,
  pingTimeoutMs: 400,
  sweepEveryMs: 100,
  keepMatches: 25,
});

async function handle(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/queue/stats") return send(res, 200, matchmaker.stats());

  if (url.pathname === "/queue" && req.method === "POST") {
    const body = await readJson(req);
    const rating = Number(body.rating);
    if (typeof body.player !== "string" || !Number.isFinite(rating)) {
      return send(res, 400, { error: "player and rating are required" });
    }
    const timeControl = body.timeControl ?? "3+2";
    if (!TIME_CONTROLS.has(timeControl)) return send(res, 400, { error: "unknown time control" });
    const ticket = matchmaker.enqueue(body.player, rating, timeControl);
    return send(res, 202, { player: ticket.player, timeControl, enqueuedAt: ticket.enqueuedAt });
  }

  const m = /^\/queue\/([\w-]+)(?:\/(ping))?$/.exec(url.pathname);
  if (m && m[2] === "ping" && req.method === "POST") {
    const match = matchmaker.ping(m[1]);
    return send(res, 200, match ? { status: "matched", match } : { status: "searching" });
  }
  if (m && !m[2] && req.method === "DELETE") {
    const cancelled = matchmaker.cancel(m[1]);
    return send(res, cancelled ? 200 : 404, { cancelled });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  handle(req, res).catch((err) => send(res, 500, { error: String(err) }));
}).listen(port, "127.0.0.1", () => console.log(`matchmaking on 127.0.0.1:${port}`));
