"use strict";
const crypto = require("node:crypto");
const tokens = require("./tokens.cjs");

/** One live session per player: signing in elsewhere replaces it. */
const sessions = new Map();

function open({ player, region, match, build, loadout }) {
  const previous = sessions.get(player);
  if (previous) previous.closedAt = Date.now();
  const session = {
    id: crypto.randomUUID(),
    playerId: player,
    region: region ?? "eu-west",
    matchId: match ?? null,
    build: build ?? "unknown",
    loadout: { primary: loadout?.primary ?? "carbine", perks: [...(loadout?.perks ?? [])] },
    connectedAt: Date.now(),
    lastSeen: Date.now(),
    closedAt: null,
  };
  sessions.set(player, session);
  return { session, reconnectToken: tokens.issue(session) };
}

function heartbeat(player) {
  const session = sessions.get(player);
  if (!session) return null;
  session.lastSeen = Date.now();
  return session;
}

function resume(token) {
  const session = tokens.redeem(token);
  if (!session) return null;
  session.lastSeen = Date.now();
  sessions.set(session.playerId, session);
  return { session, reconnectToken: tokens.issue(session) };
}

function logout(player) {
  const session = sessions.get(player);
  if (!session) return false;
  session.closedAt = Date.now();
  return sessions.delete(player);
}

function stats() {
  return { sessions: sessions.size, reconnectTokens: tokens.outstanding() };
}

module.exports = { open, heartbeat, resume, logout, stats };
