/**
 * Fan-out of build events to whoever is watching a build: the log viewer's long polls and the
 * status badge. Topics are build ids; a topic goes away with its last subscriber.
 */
export class LogHub {
  #subs = new Map();

  subscribe(topic, fn) {
    let list = this.#subs.get(topic);
    if (!list) {
      list = new Set();
      this.#subs.set(topic, list);
    }
    list.add(fn);
    return () => {
      const current = this.#subs.get(topic);
      if (!current) return;
      current.delete(fn);
      if (current.size === 0) this.#subs.delete(topic);
    };
  }

  publish(topic, event) {
    const list = this.#subs.get(topic);
    if (!list) return 0;
    for (const fn of [...list]) fn(event);
    return list.size;
  }

  stats() {
    let subscribers = 0;
    for (const list of this.#subs.values()) subscribers += list.size;
    return { topics: this.#subs.size, subscribers };
  }
}
