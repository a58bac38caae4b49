"use strict";

/**
 * evbus: a tiny synchronous event bus (vendored; the upstream package was unpublished).
 *
 *   const off = bus.on("type", fn);   // returns an unsubscribe function
 *   bus.off("type", fn);              // same thing
 *   bus.emit("type", payload);
 */
class Emitter {
  #listeners = new Map();

  on(type, fn) {
    let list = this.#listeners.get(type);
    if (!list) {
      list = [];
      this.#listeners.set(type, list);
    }
    list.push(fn);
    return () => this.off(type, fn);
  }

  off(type, fn) {
    const list = this.#listeners.get(type);
    if (!list) return;
    const i = list.indexOf(fn);
    if (i !== -1) list.splice(i, 1);
    if (list.length === 0) this.#listeners.delete(type);
  }

  emit(type, payload) {
    const list = this.#listeners.get(type);
    if (!list) return 0;
    for (const fn of [...list]) fn(payload);
    return list.length;
  }

  listenerCount(type) {
    return this.#listeners.get(type)?.length ?? 0;
  }
}

module.exports = { Emitter };
