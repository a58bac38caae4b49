"use strict";

const HOLD_MS = 250;

/**
 * Tee-time holds: a kiosk or the website holds places on a round while the customer fills in
 * their details. Capacity counts held players per slot; the staff screen lists who is holding.
 */
class HoldBook {
  constructor(capacityPerSlot) {
    this.capacityPerSlot = capacityPerSlot;
    this.byId = new Map();
    this.bySlot = new Map();
    this.heldPlayers = new Map();
    this.seq = 0;
  }

  held(slot) {
    return this.heldPlayers.get(slot) ?? 0;
  }

  place(course, slot, players, booked, who) {
    if (booked + this.held(slot) + players > this.capacityPerSlot) return null;
    const hold = {
      id: `h${++this.seq}`,
      course,
      slot,
      players,
      origin: who.origin,
      lead: who.lead,
      email: who.email,
      placedAt: new Date().toISOString(),
      timer: null,
    };
    hold.timer = setTimeout(() => this.release(hold.id), HOLD_MS);
    this.byId.set(hold.id, hold);
    let slotSet = this.bySlot.get(slot);
    if (!slotSet) this.bySlot.set(slot, slotSet = new Set());
    slotSet.add(hold);
    this.heldPlayers.set(slot, this.held(slot) + players);
    return hold;
  }

  /** Turns a hold into a booking: the places move from held to booked. */
  confirm(hold) {
    clearTimeout(hold.timer);
    this.byId.delete(hold.id);
    this.bySlot.get(hold.slot)?.delete(hold);
    this.heldPlayers.set(hold.slot, this.held(hold.slot) - hold.players);
  }

  /** Gives the places back (customer gave up, details rejected, or the hold ran out). */
  release(id) {
    const hold = this.byId.get(id);
    if (!hold) return false;
    clearTimeout(hold.timer);
    this.byId.delete(id);
    this.bySlot.get(hold.slot)?.delete(id);
    this.heldPlayers.set(hold.slot, this.held(hold.slot) - hold.players);
    return true;
  }

  /** For the staff screen. */
  holding(slot) {
    return [...(this.bySlot.get(slot) ?? [])]
      .filter((h) => this.byId.has(h.id))
      .map((h) => ({
        id: h.id,
        players: h.players,
        lead: h.lead,
        origin: h.origin,
        since: h.placedAt,
      }));
  }
}

module.exports = { HoldBook, HOLD_MS };
