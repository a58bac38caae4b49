"use strict";

const { EventEmitter } = require("node:events");

const PRICES = { "SKU-1": 1999, "SKU-2": 4550, "SKU-3": 899 };
const STOCK = { "SKU-1": 12, "SKU-2": 0, "SKU-3": 140 };

/**
 * Stand-in for the message-bus connection to the catalogue backend: frames go out with send(),
 * replies come back as "reply" events. The inventory worker drops lookups for SKUs it does not
 * carry instead of answering with an error (its bug, not ours).
 */
class Backend extends EventEmitter {
  send(frame) {
    setTimeout(() => this.#handle(frame), 1 + Math.random() * 4);
  }

  #handle({ id, method, params }) {
    if (method === "pricing.get") {
      const cents = PRICES[params.sku];
      const reply = cents === undefined
        ? { id, error: `no price for ${params.sku}` }
        : { id, result: { sku: params.sku, cents, currency: "EUR" } };
      this.emit("reply", reply);
    } else if (method === "inventory.lookup") {
      if (params.sku in STOCK) {
        this.emit("reply", { id, result: { sku: params.sku, onHand: STOCK[params.sku] } });
      }
    } else {
      this.emit("reply", { id, error: `unknown method ${method}` });
    }
  }
}

module.exports = { backend: new Backend() };
