"use strict";

const { Resource } = require("./resource.cjs");
const { ScoreError, aggregate, validateMarks } = require("./rubric.cjs");

const ROOMS = "Turing Lovelace Hopper Babbage Noether Shannon Dijkstra Knuth Liskov Ritchie".split(
  " ",
);
const roomsInUse = new Map();

function claimRoom(preferred) {
  const room = preferred && !roomsInUse.has(preferred)
    ? preferred
    : ROOMS.find((r) => !roomsInUse.has(r));
  if (!room) throw new ScoreError("no judging room free", 409);
  roomsInUse.set(room, Date.now());
  return room;
}

class JudgingSession extends Resource {
  constructor(team, round, judges, preferredRoom) {
    super("pitch", `${team.id}-${round}`);
    this.team = team;
    this.round = round;
    this.judges = judges;
    this.room = claimRoom(preferredRoom);
    this.sheets = new Map();
    this.timeline = [{ at: new Date().toISOString(), event: `opened in ${this.room}` }];
  }

  score(judge, marks, comment = "") {
    if (this.closed) throw new ScoreError("session closed", 409);
    if (!this.judges.includes(judge)) throw new ScoreError(`${judge} is not on this panel`, 403);
    this.sheets.set(judge, { judge, marks: validateMarks(marks), comment });
    this.timeline.push({ at: new Date().toISOString(), event: `${judge} scored` });
  }

  result() {
    const { id: session, team, round } = this;
    return { session, team: team.name, round, ...aggregate(this.sheets.values()) };
  }

  close() {
    const result = this.result();
    roomsInUse.delete(this.room);
    super.close();
    return result;
  }
}

// Live demos: the panel marks the pitch as usual and the audience votes from the app.
class DemoSession extends JudgingSession {
  constructor(team, round, judges, preferredRoom) {
    super(team, round, judges, preferredRoom);
    this.kind = "demo";
    this.votes = new Map();
  }

  vote(voter, stars) {
    if (this.closed) throw new ScoreError("voting closed", 409);
    if (!(stars >= 1 && stars <= 5)) throw new ScoreError("stars must be 1-5");
    this.votes.set(voter, stars);
  }

  close() {
    if (this.closed) return this.final;
    this.closed = true;
    roomsInUse.delete(this.room);
    const panel = this.result();
    const stars = [...this.votes.values()];
    const audience = stars.length ? stars.reduce((a, b) => a + b, 0) / stars.length : 0;
    this.final = {
      ...panel,
      audience: Math.round(audience * 100) / 100,
      total: Math.round(((panel.mean ?? 0) * 0.8 + audience * 2 * 0.2) * 100) / 100,
    };
    this.timeline.push({ at: new Date().toISOString(), event: "closed" });
    return this.final;
  }
}

module.exports = { DemoSession, JudgingSession, roomsInUse };
