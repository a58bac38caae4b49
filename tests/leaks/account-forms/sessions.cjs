"use strict";
const crypto = require("node:crypto");

const sessions = new Map();
const IDLE_MS = 20 * 60_000;

function parseCookies(header) {
  const out = {};
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0) out[part.slice(0, eq).trim()] = decodeURIComponent(part.slice(eq + 1).trim());
  }
  return out;
}

function loadSession(req) {
  const sid = parseCookies(req.headers.cookie).sid;
  let session = sid && sessions.get(sid);
  if (!session) {
    session = {
      id: sid || crypto.randomUUID(),
      userId: null,
      csrfTokens: [],
      flash: null,
      lastSeen: 0,
    };
    sessions.set(session.id, session);
  }
  session.lastSeen = Date.now();
  return session;
}

setInterval(() => {
  const cutoff = Date.now() - IDLE_MS;
  for (const [sid, session] of sessions) if (session.lastSeen < cutoff) sessions.delete(sid);
}, 60_000).unref();

module.exports = { loadSession };
