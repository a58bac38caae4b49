"use strict";

const { EventEmitter } = require("node:events");

/**
 * Polls something on an interval, one poll at a time. Subclasses implement poll().
 *
 * 2.3: the timer and the in-flight flag are private now (the ops dashboard used to flip
 * `timer` to "pause" pollers); use start()/stop() and `running`.
 */
class Poller extends EventEmitter {
  #timer = null;
  #busy = false;

  constructor({ name, intervalMs }) {
    super();
    this.name = name;
    this.intervalMs = intervalMs;
    this.polls = 0;
    this.failures = 0;
  }

  get running() {
    return this.#timer !== null;
  }

  start() {
    if (this.#timer) return this;
    this.#timer = setInterval(() => this.#tick(), this.intervalMs);
    return this;
  }

  stop() {
    clearInterval(this.#timer);
    this.#timer = null;
    this.emit("stopped");
  }

  async #tick() {
    if (this.#busy) return;
    this.#busy = true;
    try {
      await this.poll();
      this.polls++;
    } catch (err) {
      this.failures++;
      this.emit("poll-error", err);
    } finally {
      this.#busy = false;
    }
  }

  poll() {
    return Promise.reject(new Error(`${this.name}: poll() not implemented`));
  }
}

module.exports = { Poller };
