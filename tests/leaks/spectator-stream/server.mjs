import http from "node:http";
import { matches } from "./match.mjs";
import { audience, join, leave, spectatorOf } from "./spectators.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

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
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });

  if (parts[0] === "matches" && parts[1]) {
    const match = matches.get(parts[1]);
    if (!match) return send(res, 404, { error: "no such match" });
    if (parts.length === 2 && req.method === "GET") {
      return send(res, 200, {
        id: match.id,
        title: match.title,
        score: match.score,
        audience: audience(match),
        last: match.moves.slice(-3),
      });
    }
    if (parts[2] === "events" && req.method === "POST") {
      const event = await readJson(req);
      if (!event.kind || !event.team) return send(res, 400, { error: "kind and team required" });
      return send(res, 201, match.record(event));
    }
    if (parts[2] === "spectators" && req.method === "POST") {
      const body = await readJson(req);
      if (!body.viewer) return send(res, 400, { error: "viewer required" });
      const s = join(match, body.viewer, body);
      return send(res, 201, { viewer: s.viewer, match: match.id, joinedAt: s.joinedAt });
    }
  }

  if (parts[0] === "spectators" && parts[1]) {
    if (parts[2] === "feed" && req.method === "GET") {
      const s = spectatorOf(parts[1]);
      if (!s) return send(res, 404, { error: "not watching" });
      return send(res, 200, { match: s.match.id, moves: s.drain() });
    }
    if (parts[2] === "leave" && req.method === "POST") {
      const s = leave(parts[1]);
      return s ? send(res, 200, { left: s.match.id }) : send(res, 404, { error: "not watching" });
    }
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof SyntaxError ? 400 : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`spectator stream on :${port}`));
