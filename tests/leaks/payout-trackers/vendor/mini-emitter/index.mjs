// mini-emitter 1.2.0 — a tiny synchronous event emitter (MIT)

export class Emitter {
  #handlers = new Map();

  on(type, fn) {
    let list = this.#handlers.get(type);
    if (!list) {
      list = [];
      this.#handlers.set(type, list);
    }
    list.push(fn);
    return this;
  }

  off(type, fn) {
    const list = this.#handlers.get(type);
    if (!list) return this;
    const at = list.indexOf(fn);
    if (at !== -1) list.splice(at, 1);
    return this;
  }

  emit(type, payload) {
    const list = this.#handlers.get(type);
    if (!list) return 0;
    // a copy, so handlers may unsubscribe while we loop
    for (const fn of list.slice()) fn(payload);
    return list.length;
  }

  listenerCount(type) {
    return this.#handlers.get(type)?.length ?? 0;
  }
}
