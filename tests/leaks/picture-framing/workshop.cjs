"use strict";

const { MOULDINGS } = require("./pricing.cjs");

const RECENT = 20;

/** The workshop ticket printer: a job card goes out when an order is ready to be made. */
class TicketPrinter {
  constructor() {
    this.spool = new Map();
    this.lastJob = null;
    this.printed = 0;
    this.tail = Promise.resolve();
  }

  print(card) {
    // One card at a time, in order: the printer takes a card only when the last one is out.
    const run = this.tail.then(() => this.#send(card));
    this.tail = run.catch(() => {});
    return run;
  }

  async #send(card) {
    this.spool.set(card.id, card);
    this.lastJob = { id: card.id, at: new Date().toISOString() };
    try {
      await new Promise((r) => setTimeout(r, 1 + Math.random() * 3));
      this.printed++;
    } finally {
      this.spool.delete(card.id);
    }
  }
}

class Workshop {
  constructor() {
    this.orders = new Map();
    this.collected = [];
    this.printer = new TicketPrinter();
    this.mouldingUsed = Object.fromEntries(Object.keys(MOULDINGS).map((k) => [k, 0]));
  }

  place(ref, quote, customer) {
    if (this.orders.has(ref)) return undefined;
    const order = { ref, customer, quote, state: "placed", placedAt: new Date().toISOString() };
    this.orders.set(ref, order);
    return order;
  }

  async ready(ref) {
    const order = this.orders.get(ref);
    if (!order || order.state !== "placed") return undefined;
    const q = order.quote;
    await this.printer.print({
      id: ref,
      moulding: q.request.moulding,
      outer: q.outerMm.join(" x "),
      glass: q.request.glass,
      mount: q.request.mount,
      metres: q.mouldingMetres,
    });
    this.mouldingUsed[q.request.moulding] += q.mouldingMetres;
    order.state = "ready";
    return order;
  }

  collect(ref) {
    const order = this.orders.get(ref);
    if (!order || order.state !== "ready") return undefined;
    order.state = "collected";
    this.orders.delete(ref);
    this.collected.push({ ref, pence: order.quote.totalPence, at: new Date().toISOString() });
    if (this.collected.length > RECENT) this.collected.shift();
    return order;
  }
}

module.exports = { Workshop };
