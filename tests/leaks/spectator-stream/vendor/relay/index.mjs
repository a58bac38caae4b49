// relay 0.4.2 — tiny topic channel (vendored; trimmed to what we use)

export class Channel {
  #subs = new Map();

  /** Calls `fn(payload)` for every emit on `topic`. */
  on(topic, fn) {
    let subs = this.#subs.get(topic);
    if (!subs) {
      subs = new Set();
      this.#subs.set(topic, subs);
    }
    subs.add(fn);
    return this;
  }

  off(topic, fn) {
    const subs = this.#subs.get(topic);
    if (!subs) return false;
    const had = subs.delete(fn);
    if (subs.size === 0) this.#subs.delete(topic);
    return had;
  }

  emit(topic, payload) {
    const subs = this.#subs.get(topic);
    if (!subs) return 0;
    for (const fn of [...subs]) {
      try {
        fn(payload);
      } catch (err) {
        queueMicrotask(() => {
          throw err;
        });
      }
    }
    return subs.size;
  }

  listenerCount(topic) {
    return this.#subs.get(topic)?.size ?? 0;
  }
}
