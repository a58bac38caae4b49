"use strict";

/**
 * Booking events for the firms' own systems, sent in batches every 150 ms. The sandbox
 * endpoints accept everything; the last 20 deliveries are kept for the support page.
 */
class WebhookOutbox {
  #queue = [];
  #log = [];

  constructor() {
    setInterval(() => this.#flush(), 150).unref();
  }

  enqueue(firm, type, payload) {
    this.#queue.push({ firm: firm.id, url: firm.webhookUrl, type, payload, queuedAt: Date.now() });
  }

  #flush() {
    if (this.#queue.length === 0) return;
    const byFirm = new Map();
    for (const msg of this.#queue.splice(0)) {
      if (!byFirm.has(msg.firm)) byFirm.set(msg.firm, []);
      byFirm.get(msg.firm).push(msg);
    }
    for (const [firm, msgs] of byFirm) {
      // the firms' endpoints take at most 100 events a request
      for (let i = 0; i < msgs.length; i += 100) {
        const part = msgs.slice(i, i + 100);
        const body = JSON.stringify(part.map((m) => ({ type: m.type, data: m.payload })));
        this.#log.unshift({
          firm,
          url: part[0].url,
          events: part.length,
          bytes: body.length,
          at: Date.now(),
        });
      }
    }
    if (this.#log.length > 20) this.#log.length = 20;
  }

  recent() {
    return { waiting: this.#queue.length, sent: this.#log };
  }
}

module.exports = { WebhookOutbox };
