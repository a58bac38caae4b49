"use strict";

// Staff sessions per terminal. Every action on a till is authorised with the staff member's
// PIN; the first one opens a session on that terminal, and a terminal left alone for
// IDLE_MS is signed out (a till by the door should not stay open on a manager's session).
const IDLE_MS = 15 * 60_000;

const STAFF = {
  anna: { pin: "4821", name: "Anna de Vries", role: "server" },
  joost: { pin: "1907", name: "Joost Bakker", role: "manager" },
  mehmet: { pin: "3365", name: "Mehmet Yilmaz", role: "bar" },
  sofie: { pin: "7702", name: "Sofie Jansen", role: "server" },
};

const sessions = new Map(); // terminal -> session
const signOuts = [];

function open(terminal, staffId) {
  const session = {
    terminal,
    staff: staffId,
    role: STAFF[staffId].role,
    openedAt: Date.now(),
    lastSeenAt: 0,
    actions: 0,
    idleTimer: undefined,
  };
  sessions.set(terminal, session);
  return session;
}

function close(session, reason) {
  clearTimeout(session.idleTimer);
  if (sessions.get(session.terminal) === session) sessions.delete(session.terminal);
  signOuts.push({ terminal: session.terminal, staff: session.staff, reason, at: Date.now() });
  if (signOuts.length > 50) signOuts.shift();
}

function expireIfIdle(session, seen) {
  if (Date.now() - session.lastSeenAt < IDLE_MS) return; // used again since
  close(session, `idle since ${seen.method} ${seen.path}`);
}

function touch(session, req) {
  session.lastSeenAt = Date.now();
  session.actions++;
  const seen = {
    method: req.method,
    path: req.url,
    from: req.socket.remoteAddress,
    at: session.lastSeenAt,
  };
  session.idleTimer = setTimeout(() => expireIfIdle(session, seen), IDLE_MS);
  session.idleTimer.unref();
}

// The session for this request, or undefined when the PIN is wrong. A different staff member
// entering their PIN on a terminal takes it over.
function authorise(req) {
  const terminal = req.headers["x-terminal"];
  const staffId = req.headers["x-staff"];
  const staff = STAFF[staffId];
  if (!terminal || !staff || req.headers["x-staff-pin"] !== staff.pin) return undefined;
  let session = sessions.get(terminal);
  if (session && session.staff !== staffId) {
    close(session, `taken over by ${staffId}`);
    session = undefined;
  }
  session ??= open(terminal, staffId);
  touch(session, req);
  return session;
}

function sessionStats() {
  return {
    open: [...sessions.values()].map((s) => ({
      terminal: s.terminal,
      staff: s.staff,
      actions: s.actions,
    })),
    recentSignOuts: signOuts.slice(-5),
  };
}

module.exports = { authorise, close, sessionStats };
