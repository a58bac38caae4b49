"use strict";

const crypto = require("node:crypto");
const { doorLocks } = require("./locks.cjs");

const SITE_KEY = "hotel-amstel-site-key-2026";

// Every card the encoder has written and not yet revoked, so that a lost card can be found by
// serial and the night audit can list who can open what.
class KeyCard {
  static #issued = new Map();
  static #nextSerial = 0x1000;

  constructor({ holder, doors, validFrom, validUntil }) {
    this.serial = (KeyCard.#nextSerial++).toString(16).toUpperCase();
    this.holder = holder;
    this.doors = doors;
    this.validFrom = validFrom;
    this.validUntil = validUntil;
    this.issuedAt = new Date().toISOString();
    this.revokedAt = null;
    this.track = this.encode();
    KeyCard.#issued.set(this.serial, this);
  }

  get kind() {
    return "card";
  }

  encode() {
    const payload = `${this.serial}|${this.doors.join(",")}|${this.validFrom}|${this.validUntil}`;
    const mac = crypto.createHmac("sha256", SITE_KEY).update(payload).digest("hex").slice(0, 24);
    return `${Buffer.from(payload).toString("base64")}.${mac}`;
  }

  opens(door, now = Date.now()) {
    return this.revokedAt === null && this.doors.includes(door) &&
      now >= Date.parse(this.validFrom) && now < Date.parse(this.validUntil);
  }

  revoke(reason) {
    this.revokedAt = new Date().toISOString();
    this.revokeReason = reason;
    KeyCard.#issued.delete(this.serial);
  }

  static find(serial) {
    return KeyCard.#issued.get(serial);
  }

  static audit() {
    const byKind = {};
    for (const card of KeyCard.#issued.values()) byKind[card.kind] = (byKind[card.kind] ?? 0) + 1;
    return byKind;
  }
}

class StaffCard extends KeyCard {
  get kind() {
    return "staff";
  }
}

class GuestCard extends KeyCard {
  constructor({ stay, ...rest }) {
    super(rest);
    this.stay = stay;
  }

  get kind() {
    return "guest";
  }

  // Guest cards also go on the locks' offline deny list, since a lock only learns of a
  // checkout when the next card with a newer sequence number is presented at it.
  revoke(reason) {
    this.revokedAt = new Date().toISOString();
    this.revokeReason = reason;
    doorLocks.deny(this.serial, this.doors);
  }
}

module.exports = { KeyCard, StaffCard, GuestCard };
