import { changesAfter, head, type PriceChange, SyncError } from "./prices.ts";
import { type TaskId, ticker } from "./ticker.ts";

const HEARTBEAT_MS = 250;
const BATCH = 10;

export interface TillInfo {
  model?: string;
  software?: string;
  operator?: string;
}

/**
 * A till's sync connection: its cursor in the price log, the last batch sent (resent when the
 * till reconnects without having applied it) and a heartbeat the store dashboard reads.
 */
export class TillSession {
  readonly store: string;
  readonly till: string;
  readonly info: TillInfo;
  cursor: number;
  lastBatch: PriceChange[] = [];
  beats = 0;
  lastBeatAt = 0;
  resumes = 0;
  #beat: TaskId | undefined;

  constructor(store: string, till: string, info: TillInfo, cursor: number) {
    this.store = store;
    this.till = till;
    this.info = info;
    this.cursor = cursor;
  }

  start() {
    this.#beat = ticker.every(HEARTBEAT_MS, () => this.#heartbeat());
  }

  /** The till came back after a network drop: restart the heartbeat, resend the last batch. */
  resume(): PriceChange[] {
    this.resumes++;
    this.start();
    return this.lastBatch;
  }

  pull(): { changes: PriceChange[]; fullReload: boolean } {
    const changes = changesAfter(this.cursor, BATCH);
    if (changes === null) {
      this.cursor = head();
      this.lastBatch = [];
      return { changes: [], fullReload: true };
    }
    if (changes.length > 0) this.cursor = changes[changes.length - 1].seq;
    this.lastBatch = changes;
    return { changes, fullReload: false };
  }

  close() {
    if (this.#beat !== undefined) ticker.cancel(this.#beat);
    this.#beat = undefined;
  }

  #heartbeat() {
    this.beats++;
    this.lastBeatAt = Date.now();
  }
}

const sessions = new Map<string, TillSession>();

function keyOf(store: string, till: string) {
  return `${store}/${till}`;
}

export function connect(store: string, till: string, info: TillInfo): TillSession {
  const key = keyOf(store, till);
  sessions.get(key)?.close();
  // a new till catches up on the last few changes; anything older is in its price file
  const session = new TillSession(store, till, info, Math.max(0, head() - 5));
  sessions.set(key, session);
  session.start();
  return session;
}

export function sessionOf(store: string, till: string): TillSession {
  const session = sessions.get(keyOf(store, till));
  if (!session) throw new SyncError(404, `till ${till} at ${store} is not connected`);
  return session;
}

export function disconnect(store: string, till: string) {
  const session = sessionOf(store, till);
  session.close();
  sessions.delete(keyOf(store, till));
  return { till, beats: session.beats, cursor: session.cursor };
}

export function storeDashboard(store: string) {
  return [...sessions.values()].filter((s) => s.store === store).map((s) => ({
    till: s.till,
    cursor: s.cursor,
    lastBeatAt: s.lastBeatAt,
    operator: s.info.operator,
  }));
}

export function sessionStats() {
  return { connected: sessions.size, heartbeats: ticker.size };
}
