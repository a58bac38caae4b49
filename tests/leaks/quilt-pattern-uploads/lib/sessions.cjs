"use strict";

const IDLE_MS = 3000;
const SWEEP_MS = 250;
const MAX_SIZE = 50 * 1024 * 1024;

class UploadError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * Chunked uploads in progress. A session goes when its last chunk lands or when nothing
 * has arrived for IDLE_MS (the designer closed the tab; the app starts over).
 */
class UploadSessions {
  constructor() {
    this.sessions = new Map();
    this.expired = 0;
    this.timer = setInterval(() => this.sweep(), SWEEP_MS);
    this.timer.unref();
  }

  open({ upload, designer, filename, size }) {
    if (typeof upload !== "string" || !/^[\w-]{1,64}$/.test(upload)) {
      throw new UploadError(400, "bad upload id");
    }
    if (!Number.isInteger(size) || size <= 0 || size > MAX_SIZE) {
      throw new UploadError(400, "size must be a positive integer");
    }
    if (this.sessions.has(upload)) throw new UploadError(409, "upload exists");
    const session = {
      id: upload,
      designer: String(designer ?? "anonymous"),
      filename: String(filename ?? `${upload}.pdf`),
      size,
      chunks: [],
      received: 0,
      touched: Date.now(),
    };
    this.sessions.set(upload, session);
    return session;
  }

  /** Adds a chunk; returns the finished session when this was the last one. */
  append(id, offset, chunk) {
    const session = this.sessions.get(id);
    if (!session) throw new UploadError(404, "no such upload");
    if (offset !== session.received) {
      throw new UploadError(409, `expected offset ${session.received}`);
    }
    if (session.received + chunk.length > session.size) {
      throw new UploadError(413, "more bytes than declared");
    }
    session.chunks.push(chunk);
    session.received += chunk.length;
    session.touched = Date.now();
    if (session.received < session.size) return null;
    this.sessions.delete(id);
    return session;
  }

  sweep() {
    const cutoff = Date.now() - IDLE_MS;
    for (const [id, session] of this.sessions) {
      if (session.touched < cutoff) {
        this.sessions.delete(id);
        this.expired++;
      }
    }
  }
}

module.exports = { UploadError, UploadSessions };
