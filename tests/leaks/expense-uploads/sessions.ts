import { monotonicNow } from "./clock.ts";

/** A resumable upload (tus-style): the client creates it, then PATCHes chunks at an offset. */
export interface UploadSession {
  key: string;
  owner: string;
  fileName: string;
  mime: string;
  size: number;
  offset: number;
  chunks: Uint8Array[];
  createdAt: number;
  lastActivity: number;
  completedAt?: number;
  sha256?: string;
}

/** An idle upload is given up after this long; a finished one is kept briefly so that a
 * retried final PATCH gets the same answer. */
const IDLE_MS = 2_000;
const FINISHED_KEEP_MS = 500;

export class UploadSessions {
  #sessions = new Map<string, UploadSession>();
  swept = 0;

  create(key: string, owner: string, fileName: string, mime: string, size: number) {
    const now = Date.now();
    const session: UploadSession = {
      key,
      owner,
      fileName,
      mime,
      size,
      offset: 0,
      chunks: [],
      createdAt: now,
      lastActivity: now,
    };
    this.#sessions.set(key, session);
    return session;
  }

  get(key: string): UploadSession | undefined {
    return this.#sessions.get(key);
  }

  touch(session: UploadSession) {
    session.lastActivity = Date.now();
  }

  sweep() {
    const now = monotonicNow();
    for (const [key, s] of this.#sessions) {
      const limit = s.completedAt ? FINISHED_KEEP_MS : IDLE_MS;
      if (now - s.lastActivity > limit) {
        this.#sessions.delete(key);
        this.swept++;
      }
    }
  }

  get size(): number {
    return this.#sessions.size;
  }
}
