"use strict";

/** The port's event bus: tide windows, berth changes and vessel positions. */
class HarbourBus {
  constructor() {
    this.subscriptions = [];
  }

  on(topic, handler, owner) {
    this.subscriptions.push({ topic, handler, owner });
  }

  /** Drops everything `owner` subscribed (walking backwards, so the splice moves nothing unseen). */
  offAll(owner) {
    for (let i = this.subscriptions.length - 1; i >= 0; i--) {
      if (this.subscriptions[i].owner === owner) this.subscriptions.splice(i, 1);
    }
  }

  emit(topic, event) {
    for (const sub of this.subscriptions.slice()) {
      if (sub.topic === topic) sub.handler.call(sub.owner, event);
    }
  }
}

const harbourBus = new HarbourBus();

/** High water at Hoek van Holland, roughly: deep-draught ships sail in its window. */
setInterval(() => {
  const minute = Math.floor(Date.now() / 60_000);
  harbourBus.emit("tide.window", { heightCm: 120 + ((minute * 7) % 90), at: Date.now() });
}, 250).unref();

module.exports = { harbourBus };
