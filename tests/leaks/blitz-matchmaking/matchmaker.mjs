import { randomUUID } from "node:crypto";

/**
 * A player waiting for an opponent. The client pings while its "searching…" screen is open;
 * a ticket takes part in matching once its client has pinged (it is really there).
 */
export class QueueTicket {
  constructor(player, rating, timeControl, now) {
    this.player = player;
    this.rating = rating;
    this.timeControl = timeControl;
    this.enqueuedAt = now;
    this.lastPingAt = null;
    this.pings = 0;
  }

  get ready() {
    return this.lastPingAt !== null;
  }
}

export class Matchmaker {
  tickets = new Map();
  recentMatches = [];
  abandoned = 0;

  constructor({ ratingSpread, pingTimeoutMs, sweepEveryMs, keepMatches }) {
    this.ratingSpread = ratingSpread;
    this.pingTimeoutMs = pingTimeoutMs;
    this.keepMatches = keepMatches;
    setInterval(() => this.sweep(), sweepEveryMs).unref();
  }

  enqueue(player, rating, timeControl) {
    const existing = this.tickets.get(player);
    if (existing) return existing;
    const ticket = new QueueTicket(player, rating, timeControl, Date.now());
    this.tickets.set(player, ticket);
    return ticket;
  }

  /** The client is still searching; returns the match once there is one. */
  ping(player) {
    const ticket = this.tickets.get(player);
    if (!ticket) {
      return this.recentMatches.find((m) => m.white === player || m.black === player) ?? null;
    }
    ticket.lastPingAt = Date.now();
    ticket.pings++;
    return this.#tryMatch(ticket);
  }

  cancel(player) {
    return this.tickets.delete(player);
  }

  #tryMatch(ticket) {
    for (const other of this.tickets.values()) {
      if (other === ticket || !other.ready || other.timeControl !== ticket.timeControl) continue;
      if (Math.abs(other.rating - ticket.rating) > this.ratingSpread) continue;
      this.tickets.delete(other.player);
      this.tickets.delete(ticket.player);
      const [white, black] = Math.random() < 0.5 ? [ticket, other] : [other, ticket];
      const match = {
        id: randomUUID(),
        white: white.player,
        black: black.player,
        timeControl: ticket.timeControl,
        waitedMs: Date.now() - Math.min(white.enqueuedAt, black.enqueuedAt),
      };
      this.recentMatches.push(match);
      if (this.recentMatches.length > this.keepMatches) this.recentMatches.shift();
      return match;
    }
    return null;
  }

  /** Drops the tickets whose client stopped pinging (closed the tab, lost the connection). */
  sweep() {
    const now = Date.now();
    for (const [id, ticket] of this.tickets) {
      if (ticket.lastPingAt && now - ticket.lastPingAt > this.pingTimeoutMs) {
        this.tickets.delete(id);
        this.abandoned++;
      }
    }
  }

  stats() {
    return {
      waiting: this.tickets.size,
      matches: this.recentMatches.length,
      abandoned: this.abandoned,
    };
  }
}
