"use strict";

// Fine-grained reactive state: a computed tracks the signals (and computeds) it reads while it
// runs, and is marked stale when any of them changes; it recomputes lazily on the next read.

let running = null;

class Source {
  constructor(name) {
    this.name = name;
    this.subscribers = new Set();
  }

  subscribe(fn) {
    this.subscribers.add(fn);
    return () => this.subscribers.delete(fn);
  }

  notify() {
    for (const fn of [...this.subscribers]) fn();
  }
}

class Signal extends Source {
  constructor(name, value) {
    super(name);
    this.value = value;
  }

  get() {
    if (running) running.track(this);
    return this.value;
  }

  set(value) {
    if (Object.is(value, this.value)) return;
    this.value = value;
    this.notify();
  }

  update(fn) {
    this.set(fn(this.value));
  }
}

class Computed extends Source {
  constructor(name, fn) {
    super(name);
    this.fn = fn;
    this.value = undefined;
    this.stale = true;
    this.sources = [];
  }

  get() {
    if (running) running.track(this);
    if (this.stale) this.#recompute();
    return this.value;
  }

  track(source) {
    this.sources.push(source.subscribe(() => this.#invalidate()));
  }

  #invalidate() {
    if (this.stale) return;
    this.stale = true;
    this.notify();
  }

  #recompute() {
    const outer = running;
    running = this;
    this.sources = [];
    try {
      this.value = this.fn();
      this.stale = false;
    } finally {
      running = outer;
    }
  }

  dispose() {
    for (const unsubscribe of this.sources) unsubscribe();
    this.sources = [];
  }
}

const signal = (name, value) => new Signal(name, value);
const computed = (name, fn) => new Computed(name, fn);

module.exports = { signal, computed };
