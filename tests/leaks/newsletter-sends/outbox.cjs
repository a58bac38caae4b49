"use strict";

const { provider } = require("./provider.cjs");

const RESEND_AFTER_MS = 15 * 60 * 1000;

// Messages handed to the provider wait here until the delivery webhook confirms them; a
// message nobody confirmed within 15 minutes is sent again (the provider sometimes loses one).
class Outbox {
  #awaitingAck = new Map();
  #resent = 0;
  #confirmed = 0;

  async send(messages) {
    const now = Date.now();
    for (const message of messages) {
      message.sentAt = now;
      message.attempts = (message.attempts ?? 0) + 1;
      this.#awaitingAck.set(message.id, message);
    }
    const reply = await provider.sendBatch(messages.map(toWire));
    return { batchId: reply.batchId, queued: reply.queued };
  }

  /** Delivery webhook: the provider confirms messages in batches. */
  acknowledge(ids) {
    const known = ids.filter((id) => this.#awaitingAck.has(id));
    this.#awaitingAck.delete(...ids);
    this.#confirmed += known.length;
    return known.length;
  }

  async resendStale(now = Date.now()) {
    const stale = [];
    for (const message of this.#awaitingAck.values()) {
      if (now - message.sentAt > RESEND_AFTER_MS && message.attempts < 3) stale.push(message);
    }
    if (stale.length) {
      this.#resent += stale.length;
      await this.send(stale);
    }
  }

  stats() {
    return { awaiting: this.#awaitingAck.size, confirmed: this.#confirmed, resent: this.#resent };
  }
}

function toWire(message) {
  return {
    to: message.to,
    from: message.from,
    subject: message.subject,
    html: message.html,
    text: message.text,
    headers: message.headers,
    customId: message.id,
  };
}

module.exports = { Outbox };
