import { EventEmitter } from "node:events";

/** The featured match on the front page: the game server posts its events, we fan them out. */
export class MatchFeed extends EventEmitter {
  constructor(matchId, teams) {
    super();
    // Finals draw thousands of viewers; every one listens to the same feed.
    this.setMaxListeners(0);
    this.matchId = matchId;
    this.score = Object.fromEntries(teams.map((t) => [t, 0]));
    this.clock = 0;
    this.seq = 0;
  }

  post(event) {
    const ev = { seq: ++this.seq, clock: event.clock ?? this.clock, ...event };
    this.clock = ev.clock;
    if (ev.kind === "goal" && ev.team in this.score) {
      this.score[ev.team]++;
      this.emit("score", { ...ev, score: { ...this.score } });
    } else {
      this.emit("play", ev);
    }
    return ev;
  }

  board() {
    return { match: this.matchId, clock: this.clock, score: this.score, seq: this.seq };
  }
}
