// mitt-lite: a small event emitter (vendored from the intranet's shared packages)

export class Emitter {
  #handlers = new Map();

  on(type, handler) {
    let set = this.#handlers.get(type);
    if (!set) {
      set = new Set();
      this.#handlers.set(type, set);
    }
    set.add(handler);
    return this;
  }

  once(type, handler) {
    const wrapper = (...args) => {
      this.off(type, wrapper);
      handler(...args);
    };
    return this.on(type, wrapper);
  }

  off(type, handler) {
    const set = this.#handlers.get(type);
    if (!set) return this;
    set.delete(handler);
    if (set.size === 0) this.#handlers.delete(type);
    return this;
  }

  emit(type, ...args) {
    const set = this.#handlers.get(type);
    if (!set) return false;
    for (const handler of [...set]) handler(...args);
    return true;
  }

  listenerCount(type) {
    return this.#handlers.get(type)?.size ?? 0;
  }
}
