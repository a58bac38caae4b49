"use strict";

/** The office's event hub (route planner confirmations, cancellations). */
class Hub {
  constructor(onError) {
    this.handlers = new Map();
    this.onError = onError;
  }

  on(event, fn, once = false) {
    const entry = { fn, once };
    const list = this.handlers.get(event) ?? [];
    list.push(entry);
    this.handlers.set(event, list);
    return () => this.#drop(event, entry);
  }

  once(event, fn) {
    return this.on(event, fn, true);
  }

  #drop(event, entry) {
    const list = this.handlers.get(event);
    if (!list) return;
    const rest = list.filter((e) => e !== entry);
    if (rest.length) this.handlers.set(event, rest);
    else this.handlers.delete(event);
  }

  emit(event, payload) {
    const list = this.handlers.get(event);
    if (!list) return 0;
    for (const entry of list) if (entry.once) this.#drop(event, entry);
    for (const entry of list) {
      try {
        entry.fn(payload);
      } catch (err) {
        this.onError(err, event);
      }
    }
    return list.length;
  }
}

module.exports = { Hub };
