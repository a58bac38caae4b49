"use strict";

/** A minimal signal: add() returns the function that removes the handler again. */
class Signal {
  constructor() {
    this.handlers = [];
  }

  add(handler) {
    this.handlers.push(handler);
    return () => {
      const index = this.handlers.indexOf(handler);
      if (index !== -1) this.handlers.splice(index, 1);
    };
  }

  dispatch(event) {
    for (const handler of this.handlers.slice()) handler(event);
  }
}

/** Reservoir sampling (Algorithm R): a uniform sample of `size` items from a stream. */
class Reservoir {
  constructor(size) {
    this.size = size;
    this.seen = 0;
    this.items = [];
  }

  offer(item) {
    this.seen += 1;
    if (this.items.length < this.size) {
      this.items.push(item);
      return;
    }
    const slot = Math.floor(Math.random() * this.seen);
    if (slot < this.size) this.items[slot] = item;
  }

  percentile(p) {
    const values = this.items.map((item) => item.ms).sort((a, b) => a - b);
    return values.length ? values[Math.min(values.length - 1, Math.floor(p * values.length))] : 0;
  }
}

module.exports = { Reservoir, Signal };
