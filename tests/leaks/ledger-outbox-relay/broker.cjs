"use strict";

const { Emitter } = require("./vendor/emitter/index.cjs");

/**
 * Client for the message broker with publisher confirms: publish() hands back a delivery tag
 * and the broker confirms it a little later with a "confirm" event.
 */
class BrokerClient extends Emitter {
  constructor(url) {
    super();
    this.url = url;
    this.nextTag = 1;
    this.published = 0;
    this.exchanges = new Map([["ledger.events", {
      type: "topic",
      bound: ["billing", "reporting"],
    }]]);
  }

  publish(exchange, routingKey, body, headers) {
    if (!this.exchanges.has(exchange)) throw new Error(`unknown exchange ${exchange}`);
    const tag = this.nextTag++;
    const size = Buffer.byteLength(routingKey) + Buffer.byteLength(JSON.stringify(body)) +
      JSON.stringify(headers).length;
    this.published++;
    setTimeout(() => this.emit("confirm", tag, { size }), 3);
    return tag;
  }
}

module.exports = { BrokerClient };
