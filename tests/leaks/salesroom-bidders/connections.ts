import type { SaleEvent } from "./sale.ts";

/** What the bidding app tells us about itself when it connects. */
export interface ClientInfo {
  app: string;
  version: string;
  platform: string;
  locale: string;
  ip: string;
}

export interface Connection {
  id: string;
  paddle: string;
  bidder: string;
  client: ClientInfo;
  connectedAt: number;
  lastSeen: number;
  /** Sale events not yet fetched by the app. */
  outbox: SaleEvent[];
  delivered: number;
  closed: boolean;
  replacedBy?: string;
}

/** An app that stops fetching still gets the latest events, not everything since it went quiet. */
const OUTBOX_LIMIT = 200;

/**
 * Live bidder connections in the online room. The app opens a connection when the bidder joins;
 * when its socket drops it opens a new one with `resume`, and what the old one had not fetched
 * moves across so no bid is missed.
 */
export class BidderConnections {
  #connections = new Map<string, Connection>();
  /** Paddle → the connection it bids through now (outbid notices go there). */
  #byPaddle = new Map<string, string>();

  open(
    id: string,
    paddle: string,
    bidder: string,
    client: ClientInfo,
    resume?: string,
  ): Connection {
    const existing = this.#connections.get(id);
    if (existing && !existing.closed) return existing;
    const now = Date.now();
    const conn: Connection = {
      id,
      paddle,
      bidder,
      client,
      connectedAt: now,
      lastSeen: now,
      outbox: [],
      delivered: 0,
      closed: false,
    };
    if (resume) {
      const previous = this.#connections.get(resume);
      if (previous && previous.paddle === paddle && !previous.closed) {
        conn.outbox = [...previous.outbox];
        conn.delivered = previous.delivered;
        // the old socket is gone; its close comes through close() when the edge notices
        previous.closed = true;
        previous.replacedBy = id;
      }
    }
    this.#connections.set(id, conn);
    this.#byPaddle.set(paddle, id);
    return conn;
  }

  get(id: string): Connection | undefined {
    return this.#connections.get(id);
  }

  broadcast(events: SaleEvent[]): void {
    for (const conn of this.#connections.values()) {
      if (conn.closed) continue;
      conn.outbox.push(...events);
      if (conn.outbox.length > OUTBOX_LIMIT) {
        conn.outbox.splice(0, conn.outbox.length - OUTBOX_LIMIT);
      }
    }
  }

  /** Everything waiting for the app, oldest first. */
  fetch(id: string): SaleEvent[] | undefined {
    const conn = this.#connections.get(id);
    if (!conn || conn.closed) return undefined;
    conn.lastSeen = Date.now();
    const events = conn.outbox;
    conn.outbox = [];
    conn.delivered += events.length;
    return events;
  }

  close(id: string): boolean {
    const conn = this.#connections.get(id);
    if (!conn) return false;
    conn.closed = true;
    this.#connections.delete(id);
    if (this.#byPaddle.get(conn.paddle) === id) this.#byPaddle.delete(conn.paddle);
    return true;
  }

  liveFor(paddle: string): Connection | undefined {
    const id = this.#byPaddle.get(paddle);
    return id === undefined ? undefined : this.#connections.get(id);
  }

  stats() {
    let live = 0;
    let waiting = 0;
    for (const conn of this.#connections.values()) {
      if (conn.closed) continue;
      live++;
      waiting += conn.outbox.length;
    }
    return { live, waiting, paddles: this.#byPaddle.size };
  }
}
