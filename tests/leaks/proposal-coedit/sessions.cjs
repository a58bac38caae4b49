"use strict";

const OUTBOX_LIMIT = 50;

/** Open editors, by session id. */
const sessions = new Map();

/**
 * One open editor on a document. Remote ops are queued in the outbox until the client pulls
 * them; if a client falls too far behind it gets told to reload instead.
 */
class EditSession {
  constructor(id, doc, profile) {
    this.id = id;
    this.doc = doc;
    this.user = profile.user;
    this.profile = {
      name: profile.name,
      email: profile.email,
      avatar: profile.avatar,
      color: profile.color ?? "#3b82f6",
    };
    this.openedAt = Date.now();
    this.ackedVersion = doc.version;
    this.outbox = [];
    this.mustReload = false;
    this.open = true;
    this.doc.on("op", this.onRemoteOp.bind(this));
  }

  onRemoteOp(op) {
    if (!this.open || op.author === this.user) return;
    this.outbox.push(op);
    if (this.outbox.length > OUTBOX_LIMIT) {
      this.outbox.length = 0;
      this.mustReload = true;
    }
  }

  pull() {
    const ops = this.outbox.splice(0);
    if (ops.length) this.ackedVersion = ops[ops.length - 1].version;
    const reload = this.mustReload;
    this.mustReload = false;
    return { ops, reload, version: this.doc.version };
  }

  close() {
    this.open = false;
    this.doc.off("op", this.onRemoteOp);
    sessions.delete(this.id);
  }
}

function openSession(id, doc, profile) {
  if (sessions.has(id)) return sessions.get(id);
  const session = new EditSession(id, doc, profile);
  sessions.set(id, session);
  return session;
}

module.exports = { EditSession, openSession, sessions };
