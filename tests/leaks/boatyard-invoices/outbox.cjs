"use strict";

const { randomUUID } = require("node:crypto");

const MAX_ATTEMPTS = 6;
const BACKOFF_MS = 200;

class OutboxMessage {
  constructor(topic, payload, attempt = 1) {
    this.id = randomUUID();
    this.topic = topic;
    this.payload = payload;
    this.attempt = attempt;
    this.notBefore = 0;
    this.lastError = null;
    this.createdAt = Date.now();
  }

  /** The same message for another try, later. */
  nextAttempt(err) {
    const next = new OutboxMessage(this.topic, this.payload, this.attempt + 1);
    next.lastError = err.message;
    next.notBefore = Date.now() + BACKOFF_MS * this.attempt;
    return next;
  }
}

/**
 * Side effects of a committed change (e-mails, the accounting export) go through here, so a
 * failing mail server does not fail the request. Messages are handled in order on a timer and
 * retried with a growing delay; after MAX_ATTEMPTS they go to the dead letters.
 */
class Outbox {
  #handlers = new Map();
  /** Not yet handled, by id: shown on the admin page and flushed on shutdown. */
  #pending = new Map();
  #queue = [];
  #dead = [];
  #draining = false;
  #handled = 0;
  #retries = 0;

  constructor(intervalMs = 100) {
    setInterval(() => this.#drain(), intervalMs).unref();
  }

  on(topic, handler) {
    this.#handlers.set(topic, handler);
  }

  publish(topic, payload) {
    const message = new OutboxMessage(topic, payload);
    this.#pending.set(message.id, message);
    this.#queue.push(message);
    return message.id;
  }

  async #drain() {
    if (this.#draining || this.#queue.length === 0) return;
    this.#draining = true;
    try {
      const now = Date.now();
      const due = this.#queue.filter((m) => m.notBefore <= now);
      this.#queue = this.#queue.filter((m) => m.notBefore > now);
      for (const message of due) await this.#deliver(message);
    } finally {
      this.#draining = false;
    }
  }

  async #deliver(message) {
    const handler = this.#handlers.get(message.topic);
    try {
      if (!handler) throw new Error(`no handler for ${message.topic}`);
      await handler(message.payload, message);
      if (this.#pending.delete(message.id)) this.#handled++;
    } catch (err) {
      if (message.attempt >= MAX_ATTEMPTS) {
        this.#pending.delete(message.id);
        this.#dead.unshift({ topic: message.topic, error: err.message, at: Date.now() });
        if (this.#dead.length > 20) this.#dead.length = 20;
        return;
      }
      this.#retries++;
      this.#queue.push(message.nextAttempt(err));
    }
  }

  stats() {
    return {
      pending: this.#pending.size,
      queued: this.#queue.length,
      handled: this.#handled,
      retries: this.#retries,
      dead: this.#dead.slice(0, 5),
    };
  }
}

module.exports = { Outbox, OutboxMessage };
