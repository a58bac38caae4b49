"use strict";

// Match state kept from the data provider's event feed (goals, cards, substitutions).

class MatchError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const TIMELINE_LENGTH = 30;
const EVENT_TYPES = new Set(["goal", "yellow_card", "red_card", "substitution", "shot", "corner"]);

function match(id, home, away, kickoff) {
  return {
    id,
    home: { name: home, goals: 0, shots: 0, corners: 0, cards: 0 },
    away: { name: away, goals: 0, shots: 0, corners: 0, cards: 0 },
    kickoff,
    status: "live",
    minute: 0,
    seq: 0,
    timeline: [],
  };
}

const matches = new Map([
  ["ajax-psv", match("ajax-psv", "Ajax", "PSV", "2025-04-06T14:30:00Z")],
  ["feyenoord-az", match("feyenoord-az", "Feyenoord", "AZ", "2025-04-06T16:45:00Z")],
]);

function findMatch(id) {
  const m = matches.get(id);
  if (!m) throw new MatchError(404, `no match ${id}`);
  return m;
}

function applyEvent(m, body) {
  const type = String(body.type ?? "");
  if (!EVENT_TYPES.has(type)) throw new MatchError(422, `unknown event type ${type}`);
  const side = body.team === "away" ? m.away : body.team === "home" ? m.home : null;
  if (!side) throw new MatchError(422, 'team must be "home" or "away"');
  const minute = Math.max(0, Math.min(130, Number(body.minute) || m.minute));
  if (type === "goal") side.goals++;
  if (type === "shot" || type === "goal") side.shots++;
  if (type === "corner") side.corners++;
  if (type === "yellow_card" || type === "red_card") side.cards++;
  m.minute = Math.max(m.minute, minute);
  m.seq++;
  const event = {
    seq: m.seq,
    type,
    team: side.name,
    minute,
    player: body.player ? String(body.player).slice(0, 60) : null,
  };
  m.timeline.push(event);
  if (m.timeline.length > TIMELINE_LENGTH) {
    m.timeline.splice(0, m.timeline.length - TIMELINE_LENGTH);
  }
  return event;
}

function snapshot(m) {
  return {
    id: m.id,
    status: m.status,
    minute: m.minute,
    score: `${m.home.goals}-${m.away.goals}`,
    home: m.home,
    away: m.away,
    latest: m.timeline.slice(-5),
  };
}

module.exports = { MatchError, applyEvent, findMatch, snapshot };
