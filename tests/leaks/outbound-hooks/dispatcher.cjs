"use strict";

const { createHmac, randomUUID } = require("node:crypto");

function timerKey(delivery) {
  return `${delivery.subscription.id}:${delivery.id}`;
}

/**
 * Fans events out to the subscriptions that want them and delivers each with retries:
 * attempt 1 right away, then after 20 ms, 40 ms, ... up to maxAttempts; a delivery that still
 * fails goes to the dead-letter list (the last 50 are kept for the dashboard's "replay").
 *
 * Pending retry timers are kept under "<subscription>:<delivery>" so deleting a subscription can
 * cancel its retries.
 */
class Dispatcher {
  #transport;
  #subscriptions = new Map();
  #timers = new Map();
  #deadLetters = [];
  #recent = [];
  #maxAttempts;
  stats = { events: 0, delivered: 0, retried: 0, deadLettered: 0, cancelled: 0 };

  constructor(transport, { maxAttempts = 3 } = {}) {
    this.#transport = transport;
    this.#maxAttempts = maxAttempts;
  }

  subscribe({ url, events, secret }) {
    if (typeof url !== "string" || !/^https:\/\//.test(url)) throw new Error("url must be https");
    const sub = {
      id: `sub_${randomUUID().slice(0, 8)}`,
      url,
      events: Array.isArray(events) && events.length ? events.map(String) : ["*"],
      secret: secret ?? randomUUID(),
      createdAt: Date.now(),
    };
    this.#subscriptions.set(sub.id, sub);
    return sub;
  }

  unsubscribe(id) {
    if (!this.#subscriptions.delete(id)) return false;
    for (const key of [...this.#timers.keys()]) {
      if (!key.startsWith(`${id}:`)) continue;
      clearTimeout(this.#timers.get(key));
      this.#timers.delete(key);
      this.stats.cancelled++;
    }
    return true;
  }

  publish(type, payload) {
    const event = { id: `evt_${randomUUID()}`, type, payload, createdAt: new Date().toISOString() };
    this.stats.events++;
    const deliveries = [];
    for (const sub of this.#subscriptions.values()) {
      if (!sub.events.includes("*") && !sub.events.includes(type)) continue;
      const delivery = {
        id: `dlv_${randomUUID().slice(0, 12)}`,
        subscription: sub,
        event,
        attempts: 0,
        lastStatus: null,
        lastError: null,
      };
      deliveries.push(delivery.id);
      this.#attempt(delivery);
    }
    return { event: event.id, deliveries };
  }

  async #attempt(delivery) {
    delivery.attempts++;
    const body = JSON.stringify({
      id: delivery.event.id,
      type: delivery.event.type,
      data: delivery.event.payload,
    });
    const signature = createHmac("sha256", delivery.subscription.secret).update(body).digest("hex");
    const result = await this.#transport.post(delivery.subscription.url, body, {
      "content-type": "application/json",
      "x-signature": `sha256=${signature}`,
      "x-delivery": delivery.id,
    });
    delivery.lastStatus = result.status;
    delivery.lastError = result.error ?? null;
    if (result.status >= 200 && result.status < 300) {
      this.#settle(delivery);
      return;
    }
    if (delivery.attempts >= this.#maxAttempts) {
      this.#deadLetter(delivery);
      return;
    }
    this.stats.retried++;
    const timer = setTimeout(() => this.#attempt(delivery), 20 * 2 ** (delivery.attempts - 1));
    this.#timers.set(timerKey(delivery), timer);
  }

  #settle(delivery) {
    const key = timerKey(delivery);
    clearTimeout(this.#timers.get(key));
    this.#timers.delete(key);
    this.stats.delivered++;
    this.#recent.push({ id: delivery.id, event: delivery.event.id, attempts: delivery.attempts });
    if (this.#recent.length > 50) this.#recent.shift();
  }

  #deadLetter(delivery) {
    this.stats.deadLettered++;
    // the dashboard shows these; "replay" publishes the event again to this subscription
    this.#deadLetters.push({
      id: delivery.id,
      subscription: delivery.subscription.id,
      event: delivery.event.id,
      type: delivery.event.type,
      attempts: delivery.attempts,
      lastStatus: delivery.lastStatus,
      lastError: delivery.lastError,
      at: Date.now(),
    });
    if (this.#deadLetters.length > 50) this.#deadLetters.shift();
  }

  deadLetters(limit) {
    return this.#deadLetters.slice(-limit);
  }

  status() {
    return { ...this.stats, subscriptions: this.#subscriptions.size, scheduled: this.#timers.size };
  }
}

module.exports = { Dispatcher };
