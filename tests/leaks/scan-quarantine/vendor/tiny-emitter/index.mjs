// tiny-emitter 2.3.0 (ESM build, trimmed)

export class Emitter {
  #listeners = new Map();

  on(event, listener) {
    let list = this.#listeners.get(event);
    if (!list) {
      list = [];
      this.#listeners.set(event, list);
    }
    list.push(listener);
    return this;
  }

  once(event, listener) {
    const wrapped = (...args) => {
      this.off(event, wrapped);
      listener.apply(this, args);
    };
    return this.on(event, wrapped);
  }

  off(event, listener) {
    const list = this.#listeners.get(event);
    if (!list) return this;
    const at = list.indexOf(listener);
    if (at !== -1) list.splice(at, 1);
    return this;
  }

  emit(event, ...args) {
    const list = this.#listeners.get(event);
    if (!list) return false;
    for (const listener of [...list]) listener.apply(this, args);
    return list.length > 0;
  }

  listenerCount(event) {
    return this.#listeners.get(event)?.length ?? 0;
  }
}
