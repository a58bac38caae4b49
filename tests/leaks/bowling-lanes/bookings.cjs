"use strict";

const { score } = require("./scoring.cjs");

const LANES = [1, 2, 3, 4, 5, 6, 7, 8];
const SHEETS_KEPT = 24;

class LaneDesk {
  constructor() {
    this.bookings = new Map();
    this.lanes = new Map(LANES.map((n) => [n, { lane: n, current: null, games: 0 }]));
    this.sheets = new Map();
  }

  book({ ref, lane, start, party, phone, shoes }) {
    if (!this.lanes.has(Number(lane))) throw new RangeError(`no lane ${lane}`);
    if (this.bookings.has(ref)) throw new Error(`booking ${ref} exists`);
    if (!Array.isArray(party) || party.length === 0 || party.length > 6) {
      throw new RangeError("a party is 1 to 6 players");
    }
    const booking = {
      ref,
      lane: Number(lane),
      start: new Date(start),
      party: [...party],
      phone,
      shoes: shoes ?? [],
      status: "booked",
      games: new Map(),
    };
    this.bookings.set(ref, booking);
    return booking;
  }

  get(ref) {
    return this.bookings.get(ref);
  }

  checkIn(ref) {
    const booking = this.bookings.get(ref);
    if (!booking || booking.status !== "booked") return undefined;
    booking.status = "bowling";
    this.lanes.get(booking.lane).current = ref;
    return booking;
  }

  frames(ref, player, rolls) {
    const booking = this.bookings.get(ref);
    if (!booking || booking.status !== "bowling") return undefined;
    if (!booking.party.includes(player)) throw new RangeError(`${player} is not in the party`);
    const sheet = score(rolls);
    booking.games.set(player, sheet);
    return sheet;
  }

  finish(ref) {
    const booking = this.bookings.get(ref);
    if (!booking || booking.status !== "bowling") return undefined;
    this.bookings.delete(ref);
    const lane = this.lanes.get(booking.lane);
    if (lane.current === ref) lane.current = null;
    lane.games++;
    const totals = [...booking.games].map(([player, sheet]) => ({
      player,
      total: sheet.at(-1)?.total ?? null,
    }));
    this.sheets.delete(ref);
    this.sheets.set(ref, { ref, lane: booking.lane, totals, at: new Date().toISOString() });
    while (this.sheets.size > SHEETS_KEPT) this.sheets.delete(this.sheets.keys().next().value);
    return { booking, totals };
  }

  cancel(ref) {
    const booking = this.bookings.get(ref);
    if (!booking || booking.status !== "booked") return undefined;
    this.bookings.delete(ref);
    return booking;
  }

  laneBoard() {
    return [...this.lanes.values()];
  }
}

module.exports = { LaneDesk, LANES };
