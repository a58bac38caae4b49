import { Channel } from "./vendor/relay/index.mjs";

const KEEP_MOVES = 60;

export class Match {
  constructor(id, title, teams) {
    this.id = id;
    this.title = title;
    this.teams = teams;
    this.channel = new Channel();
    this.moves = [];
    this.seq = 0;
    this.score = Object.fromEntries(teams.map((t) => [t, 0]));
  }

  /** A play-by-play event from the game server. */
  record(event) {
    const move = {
      seq: ++this.seq,
      at: new Date().toISOString(),
      team: event.team,
      player: event.player,
      kind: event.kind,
      detail: event.detail ?? null,
    };
    if (move.kind === "goal" && move.team in this.score) this.score[move.team]++;
    this.moves.push(move);
    if (this.moves.length > KEEP_MOVES) this.moves.splice(0, this.moves.length - KEEP_MOVES);
    this.channel.emit("move", move);
    return move;
  }

  since(seq) {
    return this.moves.filter((m) => m.seq > seq);
  }
}

export const matches = new Map([
  ["final-7", new Match("final-7", "Spring Invitational — Grand Final", ["Ravens", "Kodiak"])],
  ["semi-3", new Match("semi-3", "Spring Invitational — Semi Final 2", ["Vortex", "Lynx"])],
]);
