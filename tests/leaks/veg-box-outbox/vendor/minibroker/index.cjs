"use strict";

/**
 * minibroker: an in-process message broker with AMQP-ish semantics (topic exchanges, queues,
 * publisher confirms), used in place of RabbitMQ on single-box installs and in tests.
 *
 *   const broker = new Broker();
 *   broker.bindQueue("packing", "veg-box", "order.*", (msg) => ...);
 *   const ch = broker.createConfirmChannel();
 *   await ch.publish("veg-box", "order.placed", JSON.stringify(evt), { messageId });
 *
 * Like a real broker, confirms are sent per burst: whatever a channel published since the
 * last confirm is acknowledged at once (multiple = true) on the next turn of the event loop.
 */

function topicMatches(pattern, key) {
  const p = pattern.split(".");
  const k = key.split(".");
  for (let i = 0; i < p.length; i++) {
    if (p[i] === "#") return true;
    if (i >= k.length) return false;
    if (p[i] !== "*" && p[i] !== k[i]) return false;
  }
  return p.length === k.length;
}

class Broker {
  #bindings = [];
  #routed = 0;
  #unroutable = 0;

  bindQueue(queue, exchange, pattern, consumer) {
    this.#bindings.push({ queue, exchange, pattern, consumer });
  }

  createConfirmChannel() {
    return new ConfirmChannel(this);
  }

  /** Delivers a message to every bound queue; returns how many took it. */
  _route(exchange, routingKey, body, props) {
    let n = 0;
    for (const b of this.#bindings) {
      if (b.exchange !== exchange || !topicMatches(b.pattern, routingKey)) continue;
      const msg = { routingKey, body, properties: { ...props }, queue: b.queue };
      setImmediate(() => b.consumer(msg));
      n++;
    }
    if (n) this.#routed++;
    else this.#unroutable++;
    return n;
  }

  /** Broker side of the confirm stream for one channel. */
  _scheduleConfirm(channel, tag) {
    const state = channel._confirmState;
    state.upTo = tag;
    state.count++;
    if (state.scheduled) return;
    state.scheduled = true;
    setImmediate(() => {
      state.scheduled = false;
      const multiple = state.count > 1;
      state.count = 0;
      channel._onAck(state.upTo, multiple);
    });
  }

  stats() {
    return { routed: this.#routed, unroutable: this.#unroutable, queues: this.#bindings.length };
  }
}

class ConfirmChannel {
  #broker;
  #seq = 0;
  #confirms = new Map();
  _confirmState = { upTo: 0, count: 0, scheduled: false };

  constructor(broker) {
    this.#broker = broker;
  }

  /** Publishes a message; resolves when the broker has confirmed it. */
  publish(exchange, routingKey, body, props = {}) {
    const tag = ++this.#seq;
    return new Promise((resolve, reject) => {
      const pending = { tag, resolve, reject, exchange, routingKey, body, sentAt: Date.now() };
      this.#confirms.set(tag, pending);
      this.#broker._route(exchange, routingKey, body, props);
      this.#broker._scheduleConfirm(this, tag);
    });
  }

  _onAck(tag, multiple) {
    if (multiple) {
      for (const [t, pending] of this.#confirms) {
        if (t <= tag) pending.resolve();
      }
    } else {
      this.#confirms.get(tag)?.resolve();
    }
    this.#confirms.delete(tag);
  }

  _onNack(tag, reason) {
    const pending = this.#confirms.get(tag);
    if (!pending) return;
    this.#confirms.delete(pending.tag);
    pending.reject(new Error(`broker refused message ${tag}: ${reason}`));
  }

  get unconfirmed() {
    return this.#confirms.size;
  }
}

module.exports = { Broker, ConfirmChannel };
