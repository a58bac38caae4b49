"use strict";

/** Synchronous named hooks for plugins. tap() returns the function that removes the tap. */
class SyncHook {
  #taps = new Set();

  constructor(name) {
    this.name = name;
  }

  tap(plugin, fn) {
    const entry = { plugin, fn };
    this.#taps.add(entry);
    return () => this.#taps.delete(entry);
  }

  call(...args) {
    const results = [];
    for (const t of this.#taps) results.push(t.fn(...args));
    return results;
  }

  get size() {
    return this.#taps.size;
  }
}

module.exports = { SyncHook };
