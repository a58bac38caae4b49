import { EventEmitter } from "node:events";

export class LobbyError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const READY_MS = 250;
const CHAT_KEEP = 30;
const CLOSED_KEEP = 20;

const lobbies = new Map();
/** Open lobby ids per region, for the browser. */
const byRegion = new Map();
const closed = [];
export const events = new EventEmitter();

function index(lobby) {
  let ids = byRegion.get(lobby.region);
  if (!ids) byRegion.set(lobby.region, ids = new Set());
  ids.add(lobby.id);
}

function unindex(lobby) {
  const ids = byRegion.get(lobby.region);
  if (!ids) return;
  ids.delete(lobby.id);
  if (ids.size === 0) byRegion.delete(lobby.region);
}

export function getLobby(id) {
  const lobby = lobbies.get(id);
  if (!lobby) throw new LobbyError(404, `no lobby ${id}`);
  return lobby;
}

export function openLobby(body) {
  if (!body.id || !body.host) throw new LobbyError(400, "id and host required");
  if (lobbies.has(body.id)) throw new LobbyError(409, "lobby exists");
  const lobby = {
    id: body.id,
    host: body.host,
    region: body.region ?? "eu-west",
    mode: body.mode ?? "5v5",
    map: body.map ?? "Foundry",
    maxPlayers: Number(body.maxPlayers ?? 10),
    players: new Map([[body.host, { ready: false, team: "A" }]]),
    chat: [],
    readyTimer: null,
    createdAt: Date.now(),
  };
  lobbies.set(lobby.id, lobby);
  index(lobby);
  events.emit("opened", lobby.id);
  return lobby;
}

export function join(lobby, player) {
  if (lobby.players.size >= lobby.maxPlayers) throw new LobbyError(409, "lobby full");
  const teamA = [...lobby.players.values()].filter((p) => p.team === "A").length;
  lobby.players.set(player, { ready: false, team: teamA * 2 < lobby.players.size + 1 ? "A" : "B" });
}

export function say(lobby, player, text) {
  if (!lobby.players.has(player)) throw new LobbyError(403, "not in the lobby");
  lobby.chat.push({ player, text: String(text).slice(0, 200), at: Date.now() });
  if (lobby.chat.length > CHAT_KEEP) lobby.chat.shift();
}

export function configure(lobby, player, changes) {
  if (player !== lobby.host) throw new LobbyError(403, "only the host changes settings");
  for (const key of ["map", "mode"]) if (changes[key]) lobby[key] = String(changes[key]);
  for (const p of lobby.players.values()) p.ready = false;
  return { map: lobby.map, mode: lobby.mode };
}

function close(lobby, reason) {
  clearTimeout(lobby.readyTimer);
  lobby.readyTimer = null;
  lobbies.delete(lobby.id);
  unindex(lobby);
  closed.unshift({ id: lobby.id, reason, players: lobby.players.size, at: Date.now() });
  if (closed.length > CLOSED_KEEP) closed.length = CLOSED_KEEP;
  events.emit("closed", lobby.id, reason);
}

/** The host starts the ready check; anyone not ready in time is kicked, then the match starts. */
export function startCountdown(lobby, player) {
  if (player !== lobby.host) throw new LobbyError(403, "only the host starts");
  if (lobby.readyTimer) return false;
  for (const p of lobby.players.values()) p.ready = true;
  lobby.readyTimer = setTimeout(() => {
    lobby.readyTimer = null;
    for (const [name, p] of lobby.players) if (!p.ready) lobby.players.delete(name);
    close(lobby, "started");
  }, READY_MS);
  return true;
}

export function launchNow(lobby, player) {
  if (player !== lobby.host) throw new LobbyError(403, "only the host launches");
  close(lobby, "started");
}

export function browse(region) {
  const ids = byRegion.get(region) ?? new Set();
  return [...ids].slice(0, 20).map((id) => {
    const l = lobbies.get(id);
    return { id, host: l.host, mode: l.mode, map: l.map, players: l.players.size };
  });
}

export function recentlyClosed() {
  return closed.slice(0, 5);
}
