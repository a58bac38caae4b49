import type { Change, ChangeLog } from "./changelog.ts";

interface Consumer {
  id: string;
  position: number;
  limit: number;
  token: string | null;
  lastActive: number;
}

export class ConsumerError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const IDLE_MS = 10 * 60 * 1000;

/**
 * Downstream consumers reading the feed (mailer, warehouse sync, …). Each page hands out a
 * resume token for the consumer's position, so a consumer that crashes can pick up where it
 * was; only the newest token of a consumer is valid. Consumers close their session when done,
 * and sessions nobody has used for IDLE_MS are dropped with their token.
 */
export class Consumers {
  #log: ChangeLog;
  #sessions = new Map<string, Consumer>();
  #tokens = new Map<string, string>();
  #sweep: ReturnType<typeof setInterval>;

  constructor(log: ChangeLog) {
    this.#log = log;
    this.#sweep = setInterval(() => this.#dropIdle(), 250);
  }

  open(id: string, from: "oldest" | "latest", limit: number): { id: string; position: number } {
    if (!/^[\w-]{1,64}$/.test(id)) throw new ConsumerError(400, "bad consumer id");
    if (this.#sessions.has(id)) throw new ConsumerError(409, `${id} already has a session`);
    const position = from === "oldest" ? this.#log.oldestSeq : this.#log.latestSeq;
    this.#sessions.set(id, {
      id,
      position,
      limit: Math.min(Math.max(limit, 1), 100),
      token: null,
      lastActive: Date.now(),
    });
    return { id, position };
  }

  resume(token: string): { id: string; position: number } {
    const id = this.#tokens.get(token);
    const session = id ? this.#sessions.get(id) : undefined;
    if (!session) throw new ConsumerError(410, "token expired");
    session.lastActive = Date.now();
    return { id: session.id, position: session.position };
  }

  /** The next page for a consumer, advancing its position. */
  next(id: string): { changes: Change[]; gap: boolean; resumeToken: string; more: boolean } {
    const session = this.#sessions.get(id);
    if (!session) throw new ConsumerError(404, `no session ${id}`);
    const { changes, gap } = this.#log.after(session.position, session.limit);
    if (changes.length) session.position = changes[changes.length - 1].seq;
    session.lastActive = Date.now();
    if (session.token) this.#tokens.delete(session.token);
    session.token = crypto.randomUUID();
    this.#tokens.set(session.token, id);
    return {
      changes,
      gap,
      resumeToken: session.token,
      more: session.position < this.#log.latestSeq,
    };
  }

  close(id: string): boolean {
    const session = this.#sessions.get(id);
    if (!session) return false;
    if (session.token) this.#tokens.delete(session.token);
    return this.#sessions.delete(id);
  }

  stats() {
    return { sessions: this.#sessions.size, tokens: this.#tokens.size };
  }

  #dropIdle() {
    const cutoff = Date.now() - IDLE_MS;
    for (const session of this.#sessions.values()) {
      if (session.lastActive < cutoff) this.close(session.id);
    }
  }
}
