"use strict";

class PromoError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * A discount code with a limited number of uses. Applying it to a basket reserves one use, so
 * the last uses can't be handed out twice while people are paying; the reservation becomes a
 * redemption when the order is placed, or goes back if the basket is abandoned.
 */
class Promotion {
  constructor({ code, percent, minSubtotalMinor, limit, endsAt }) {
    this.code = code;
    this.percent = percent;
    this.minSubtotalMinor = minSubtotalMinor;
    this.limit = limit;
    this.endsAt = endsAt;
    this.redeemed = 0;
    this.reservations = new Map();
  }

  remaining() {
    return this.limit - this.redeemed - this.reservations.size;
  }

  discountFor(subtotalMinor) {
    return Math.floor((subtotalMinor * this.percent) / 100);
  }

  reserve(cartId, customer, lines, subtotalMinor) {
    if (Date.now() > this.endsAt) throw new PromoError(410, `${this.code} has ended`);
    if (subtotalMinor < this.minSubtotalMinor) {
      throw new PromoError(422, `${this.code} needs a basket of at least ${this.minSubtotalMinor}`);
    }
    const existing = this.reservations.get(cartId);
    if (existing) return existing;
    if (this.remaining() <= 0) throw new PromoError(409, `${this.code} has been used up`);
    const hold = {
      cart: cartId,
      customer,
      code: this.code,
      subtotalMinor,
      discountMinor: this.discountFor(subtotalMinor),
      // the lines the discount was worked out on, for the finance export
      lines: lines.map((l) => ({
        sku: l.sku,
        name: l.name,
        qty: l.qty,
        unitMinor: l.unitMinor,
        discountMinor: this.discountFor(l.qty * l.unitMinor),
      })),
      reservedAt: new Date().toISOString(),
    };
    this.reservations.set(cartId, hold);
    return hold;
  }

  #take(cartId) {
    const hold = this.reservations.get(cartId);
    this.reservations.delete(cartId);
    return hold;
  }

  redeem(cartId) {
    const hold = this.#take(cartId);
    if (hold) this.redeemed++;
    return hold;
  }

  release(cartId) {
    this.#take(cartId);
  }

  view() {
    return {
      code: this.code,
      percent: this.percent,
      remaining: this.remaining(),
      redeemed: this.redeemed,
      reserved: this.reservations.size,
    };
  }
}

const promotions = new Map(
  [
    {
      code: "WELCOME15",
      percent: 15,
      minSubtotalMinor: 2500,
      limit: 100_000,
      endsAt: Date.parse("2099-01-01"),
    },
    {
      code: "SPRINGDELI",
      percent: 10,
      minSubtotalMinor: 4000,
      limit: 500,
      endsAt: Date.parse("2099-01-01"),
    },
  ].map((p) => [p.code, new Promotion(p)]),
);

module.exports = { Promotion, PromoError, promotions };
