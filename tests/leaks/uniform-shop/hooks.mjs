/** A small hook bus: on() hands back the function that takes the hook off again. */
export class HookBus {
  #hooks = new Map();

  on(name, fn) {
    let list = this.#hooks.get(name);
    if (!list) this.#hooks.set(name, list = new Set());
    const entry = { fn };
    list.add(entry);
    return () => {
      list.delete(entry);
      if (list.size === 0 && this.#hooks.get(name) === list) this.#hooks.delete(name);
    };
  }

  async emit(name, payload) {
    const list = this.#hooks.get(name);
    if (!list) return 0;
    let n = 0;
    for (const { fn } of [...list]) {
      await fn(payload);
      n++;
    }
    return n;
  }

  count(name) {
    return this.#hooks.get(name)?.size ?? 0;
  }
}
