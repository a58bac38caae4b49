import { randomBytes, randomUUID } from "node:crypto";

const IDLE_TIMEOUT_MS = 30 * 60 * 1000;

export class Session {
  constructor(user, { ip, userAgent }) {
    this.id = randomUUID();
    this.userId = user.id;
    this.roles = [...user.roles];
    this.ip = ip;
    this.userAgent = userAgent;
    this.csrfToken = randomBytes(16).toString("hex");
    this.createdAt = Date.now();
    this.lastSeenAt = this.createdAt;
  }
}

const sessions = new Map();

export function createSession(user, meta) {
  const session = new Session(user, meta);
  sessions.set(session.id, session);
  return session;
}

/** The session for `id`, unless it has been idle too long (then it is dropped). */
export function touchSession(id) {
  const session = id && sessions.get(id);
  if (!session) return null;
  if (Date.now() - session.lastSeenAt > IDLE_TIMEOUT_MS) {
    sessions.delete(id);
    return null;
  }
  session.lastSeenAt = Date.now();
  return session;
}

export function destroySession(id) {
  sessions.delete(id);
}
