import http from "node:http";
import {
  browse,
  configure,
  getLobby,
  join,
  launchNow,
  LobbyError,
  openLobby,
  recentlyClosed,
  say,
  startCountdown,
} from "./lobbies.mjs";
import { Throttle } from "./throttle.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;
const chatThrottle = new Throttle(2, 5);

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return raw ? JSON.parse(raw) : {};
  } catch {
    throw new LobbyError(400, "bad JSON");
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/lobbies" && req.method === "GET") {
    return send(res, 200, { open: browse(url.searchParams.get("region") ?? "eu-west") });
  }
  if (url.pathname === "/lobbies/closed") return send(res, 200, recentlyClosed());
  if (url.pathname === "/lobbies" && req.method === "POST") {
    const lobby = openLobby(await readJson(req));
    return send(res, 201, { id: lobby.id, region: lobby.region });
  }
  if (parts[0] === "lobbies" && parts[1]) {
    const lobby = getLobby(parts[1]);
    const player = String(req.headers["x-player"] ?? "");
    if (parts.length === 2 && req.method === "PATCH") {
      return send(res, 200, configure(lobby, player, await readJson(req)));
    }
    if (parts[2] === "join" && req.method === "POST") {
      join(lobby, player);
      return send(res, 200, { players: lobby.players.size });
    }
    if (parts[2] === "chat" && req.method === "POST") {
      if (!chatThrottle.allow(player)) return send(res, 429, { error: "slow down" });
      say(lobby, player, (await readJson(req)).text ?? "");
      return send(res, 201, { ok: true });
    }
    if (parts[2] === "start" && req.method === "POST") {
      return send(res, 202, { counting: startCountdown(lobby, player) });
    }
    if (parts[2] === "launch" && req.method === "POST") {
      launchNow(lobby, player);
      return send(res, 200, { launched: true });
    }
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof LobbyError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`scrim lobbies on :${port}`));
