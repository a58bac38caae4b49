"use strict";

/** Widen the acceptable rating gap the longer a ticket waits. */
function maxGap(waitedMs) {
  return Math.min(400, 50 + Math.floor(waitedMs / 1000) * 25);
}

class MatchQueue {
  constructor({ tickMs = 100, onMatch }) {
    this.tickets = new Map();
    this.byPlayer = new Map();
    this.seq = 0;
    this.onMatch = onMatch;
    this.timer = setInterval(() => this.tick(), tickMs);
    this.timer.unref();
  }

  enqueue({ player, rating, region, mode }) {
    const existing = this.byPlayer.get(player);
    if (existing) return this.tickets.get(existing);
    const ticket = {
      id: `tk-${++this.seq}`,
      player,
      rating: Number(rating) || 1500,
      region: region ?? "eu",
      mode: mode ?? "ranked-1v1",
      status: "searching",
      enqueuedAt: Date.now(),
      matchId: null,
    };
    this.tickets.set(ticket.id, ticket);
    this.byPlayer.set(player, ticket.id);
    return ticket;
  }

  status(player) {
    const id = this.byPlayer.get(player);
    return id ? this.tickets.get(id) : null;
  }

  cancel(player) {
    const id = this.byPlayer.get(player);
    if (!id) return false;
    this.byPlayer.delete(player);
    return this.tickets.delete(id);
  }

  tick() {
    const now = Date.now();
    const searching = [...this.tickets.values()]
      .filter((t) => t.status === "searching")
      .sort((a, b) => a.rating - b.rating);
    for (let i = 0; i + 1 < searching.length; i++) {
      const a = searching[i];
      const b = searching[i + 1];
      if (a.region !== b.region || a.mode !== b.mode) continue;
      const gap = Math.min(maxGap(now - a.enqueuedAt), maxGap(now - b.enqueuedAt));
      if (b.rating - a.rating > gap) continue;
      this.pair(a, b);
      i++;
    }
  }

  pair(a, b) {
    const matchId = `m-${a.id}-${b.id}`;
    for (const t of [a, b]) {
      t.status = "matched";
      t.matchId = matchId;
      this.byPlayer.delete(t.player);
      this.tickets.delete(t.player);
    }
    this.onMatch({ id: matchId, mode: a.mode, region: a.region, players: [a.player, b.player] });
  }

  size() {
    return this.byPlayer.size;
  }
}

module.exports = { MatchQueue };
