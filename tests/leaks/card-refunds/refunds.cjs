"use strict";

const { createRefund } = require("./gateway.cjs");

class RefundError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * Settled charges that can still be refunded, and the refunds made against them. Support can
 * refund a charge in parts (one item back, then the shipping); once the whole amount has gone
 * back the charge is closed and only a summary is kept.
 */
class RefundBook {
  #open = new Map();
  #closed = [];
  #maxClosed = 50;
  stats = { registered: 0, refunds: 0, closed: 0 };

  register(charge) {
    if (this.#open.has(charge.id)) throw new RefundError(409, `${charge.id} is already registered`);
    const entry = {
      charge: {
        id: charge.id,
        order: charge.order,
        customer: charge.customer,
        amount: charge.amount,
        currency: charge.currency,
        card: { brand: charge.card.brand, last4: charge.card.last4 },
        settledAt: charge.settled_at,
      },
      refunds: [],
      refunded: 0,
      openedAt: Date.now(),
    };
    this.#open.set(charge.id, entry);
    this.stats.registered++;
    return entry;
  }

  get(chargeId) {
    return this.#open.get(chargeId);
  }

  async refund(chargeId, { amount, reason, agent }) {
    const entry = this.#open.get(chargeId);
    if (!entry) throw new RefundError(404, `${chargeId} is not refundable`);
    const remaining = entry.charge.amount - entry.refunded;
    if (!(amount > 0) || amount > remaining) {
      throw new RefundError(422, `can refund at most ${remaining} ${entry.charge.currency}`);
    }
    const result = await createRefund({
      charge: chargeId,
      amount,
      currency: entry.charge.currency,
      reason,
    });
    entry.refunds.push({
      id: result.id,
      amount,
      reason,
      agent,
      arn: result.arn,
      at: new Date(result.created * 1000).toISOString(),
    });
    entry.refunded += amount;
    this.stats.refunds++;
    if (entry.refunded === entry.charge.amount) this.#close(chargeId, entry);
    return {
      refund: result.id,
      refunded: entry.refunded,
      remaining: entry.charge.amount - entry.refunded,
    };
  }

  #close(chargeId, entry) {
    this.#open.delete(chargeId);
    this.#closed.unshift({
      charge: chargeId,
      amount: entry.charge.amount,
      refunds: entry.refunds.length,
      closedAt: new Date().toISOString(),
    });
    if (this.#closed.length > this.#maxClosed) this.#closed.length = this.#maxClosed;
    this.stats.closed++;
  }

  recentlyClosed(limit) {
    return this.#closed.slice(0, limit);
  }
}

module.exports = { RefundBook, RefundError };
