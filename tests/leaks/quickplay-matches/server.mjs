import http from "node:http";
import { FeedClient } from "./vendor/feedclient/index.mjs";
import { MatchError, Matchmaker } from "./matchmaker.mjs";
import { ratedPlayers } from "./ratings.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const feed = new FeedClient({ url: "wss://feed.quickplay.example/broker", maxFrame: 1024 });
const matchmaker = new Matchmaker(feed);

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new MatchError(400, "body is not JSON");
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") {
    return send(res, 200, { ...matchmaker.stats(), feed: feed.stats(), rated: ratedPlayers() });
  }
  if (url.pathname === "/recent") return send(res, 200, matchmaker.recent());

  if (parts[0] === "lobbies") {
    if (parts.length === 1 && req.method === "POST") {
      const lobby = matchmaker.openLobby(await readJson(req));
      return send(res, 201, { code: lobby.code, players: lobby.players.length });
    }
    if (parts[2] === "join" && req.method === "POST") {
      const body = await readJson(req);
      const { lobby, match } = matchmaker.join(parts[1], body.player ?? {});
      return send(
        res,
        200,
        match ? { started: true, match: match.code } : {
          started: false,
          players: lobby.players.length,
        },
      );
    }
  }

  if (parts[0] === "matches" && parts[1]) {
    const code = parts[1];
    if (parts.length === 2 && req.method === "GET") {
      const m = matchmaker.get(code);
      return send(res, 200, {
        code: m.code,
        state: m.state,
        players: m.players,
        events: m.timeline.length,
        result: m.result,
      });
    }
    if (parts.length === 2 && req.method === "PATCH") {
      const body = await readJson(req);
      const m = matchmaker.record(code, Array.isArray(body.events) ? body.events : []);
      return send(res, 200, { code, events: m.timeline.length });
    }
    if (parts[2] === "result" && req.method === "POST") {
      return send(res, 200, matchmaker.finish(code, await readJson(req)));
    }
    if (parts[2] === "abandon" && req.method === "POST") {
      matchmaker.abandon(code);
      return send(res, 200, { code, state: "abandoned" });
    }
  }

  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof MatchError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`quickplay matchmaking on :${port}`));
