import { rate } from "./ratings.mjs";

export class MatchError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const MODES = {
  duel: { players: 2, ranked: true, feedTopic: "results.duel" },
  casual: { players: 2, ranked: false, feedTopic: "results.casual" },
};
const RECENT = 20;

/**
 * Private lobbies (a host shares the code, a friend joins) and the matches they turn into. A
 * finished match stays readable until its result card is on the spectator feed, so a viewer
 * following the share link sees the result rather than a 404.
 */
export class Matchmaker {
  #lobbies = new Map();
  #matches = new Map();
  #recent = [];
  #stats = { lobbies: 0, started: 0, finished: 0, published: 0, feedErrors: 0 };

  constructor(feed) {
    this.feed = feed;
  }

  openLobby({ code, mode, host }) {
    const rules = MODES[mode];
    if (!rules) throw new MatchError(400, `unknown mode ${mode}`);
    if (!code || !host?.id) throw new MatchError(400, "code and host are required");
    if (this.#lobbies.has(code) || this.#matches.has(code)) {
      throw new MatchError(409, `${code} is taken`);
    }
    const lobby = { code, mode, players: [{ ...host, ready: true }], openedAt: Date.now() };
    this.#lobbies.set(code, lobby);
    this.#stats.lobbies++;
    return lobby;
  }

  join(code, player) {
    const lobby = this.#lobbies.get(code);
    if (!lobby) throw new MatchError(404, `no lobby ${code}`);
    if (lobby.players.some((p) => p.id === player.id)) return { lobby, match: null };
    lobby.players.push({ ...player, ready: true });
    if (lobby.players.length < MODES[lobby.mode].players) return { lobby, match: null };
    this.#lobbies.delete(code);
    return { lobby, match: this.#start(lobby) };
  }

  #start(lobby) {
    const code = lobby.code;
    const match = {
      code,
      mode: lobby.mode,
      players: lobby.players.map((p) => ({ id: p.id, name: p.name, score: 0 })),
      map: lobby.map ?? "harbour",
      timeline: [],
      state: "live",
      result: null,
      startedAt: Date.now(),
      endedAt: null,
    };
    this.#matches.set(code, match);
    this.#stats.started++;
    return match;
  }

  get(code) {
    const match = this.#matches.get(code);
    if (!match) throw new MatchError(404, `no match ${code}`);
    return match;
  }

  /** Live updates from the game server: events for the timeline, running scores. */
  record(code, events) {
    const match = this.get(code);
    if (match.state !== "live") throw new MatchError(409, `${code} is over`);
    for (const e of events) {
      match.timeline.push({ t: e.t, kind: e.kind, by: e.by, detail: e.detail ?? null });
      const player = match.players.find((p) => p.id === e.by);
      if (player && e.kind === "point") player.score++;
    }
    return match;
  }

  finish(code, { winner }) {
    const match = this.get(code);
    if (match.state !== "live") throw new MatchError(409, `${code} is over`);
    const loser = match.players.find((p) => p.id !== winner);
    if (!loser || !match.players.some((p) => p.id === winner)) {
      throw new MatchError(400, "winner is not in the match");
    }
    match.state = "finished";
    match.endedAt = Date.now();
    match.result = { winner, loser: loser.id, delta: 0 };
    if (MODES[match.mode].ranked) match.result.delta = rate(winner, loser.id);
    this.#stats.finished++;

    this.#recent.unshift({
      code,
      mode: match.mode,
      winner,
      score: match.players.map((p) => p.score).join("-"),
      at: match.endedAt,
    });
    if (this.#recent.length > RECENT) this.#recent.length = RECENT;

    this.feed.publish(MODES[match.mode].feedTopic, card(match)).then(
      () => {
        this.#stats.published++;
        this.#matches.delete(code);
      },
      () => {
        this.#stats.feedErrors++;
      },
    );
    return match.result;
  }

  /** The game server gave up on a match (both players gone). */
  abandon(code) {
    const match = this.get(code);
    match.state = "abandoned";
    this.#matches.delete(match.code);
  }

  recent() {
    return this.#recent;
  }

  stats() {
    return { ...this.#stats, lobbiesOpen: this.#lobbies.size };
  }
}

/** The spectator feed's result card: who, the score and the match's story. */
function card(match) {
  return {
    code: match.code,
    mode: match.mode,
    map: match.map,
    players: match.players,
    result: match.result,
    durationMs: match.endedAt - match.startedAt,
    timeline: match.timeline,
  };
}
