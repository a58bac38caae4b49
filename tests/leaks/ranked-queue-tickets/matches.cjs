"use strict";

/** Matches handed to a game server, kept briefly so clients that poll late still find theirs. */
const RECENT = 50;
const recent = [];
const byPlayer = new Map();
const servers = ["ams-1", "ams-2", "fra-1", "lon-1"];
let next = 0;

function allocate(match) {
  const server = servers[next++ % servers.length];
  const assigned = { ...match, server, joinBy: Date.now() + 30_000 };
  recent.push(assigned);
  for (const p of match.players) byPlayer.set(p, assigned);
  while (recent.length > RECENT) {
    const old = recent.shift();
    for (const p of old.players) if (byPlayer.get(p) === old) byPlayer.delete(p);
  }
  return assigned;
}

function matchFor(player) {
  return byPlayer.get(player) ?? null;
}

module.exports = { allocate, matchFor, recentCount: () => recent.length };
