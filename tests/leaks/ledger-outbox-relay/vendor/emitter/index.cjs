"use strict";

/** Minimal event emitter (on/off/once/emit), no dependencies. */
class Emitter {
  #listeners = new Map();

  on(event, fn) {
    let list = this.#listeners.get(event);
    if (!list) {
      list = [];
      this.#listeners.set(event, list);
    }
    list.push(fn);
    return this;
  }

  off(event, fn) {
    const list = this.#listeners.get(event);
    if (!list) return this;
    const i = list.indexOf(fn);
    if (i !== -1) list.splice(i, 1);
    return this;
  }

  once(event, fn) {
    const wrapper = (...args) => {
      this.off(event, wrapper);
      fn(...args);
    };
    return this.on(event, wrapper);
  }

  emit(event, ...args) {
    const list = this.#listeners.get(event);
    if (!list || list.length === 0) return false;
    for (const fn of [...list]) fn(...args);
    return true;
  }

  listenerCount(event) {
    return this.#listeners.get(event)?.length ?? 0;
  }
}

module.exports = { Emitter };
