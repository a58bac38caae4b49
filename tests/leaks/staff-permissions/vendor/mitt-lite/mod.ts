// mitt-lite 1.2.0 — tiny typed event emitter (MIT)

// deno-lint-ignore no-explicit-any
export type Handler<T = any> = (event: T) => void;

export class Emitter<Events extends Record<string, unknown>> {
  #handlers = new Map<keyof Events, Set<Handler>>();

  on<K extends keyof Events>(type: K, handler: Handler<Events[K]>): void {
    let set = this.#handlers.get(type);
    if (!set) {
      set = new Set();
      this.#handlers.set(type, set);
    }
    set.add(handler);
  }

  off<K extends keyof Events>(type: K, handler: Handler<Events[K]>): void {
    const set = this.#handlers.get(type);
    if (!set) return;
    set.delete(handler);
    if (set.size === 0) this.#handlers.delete(type);
  }

  emit<K extends keyof Events>(type: K, event: Events[K]): void {
    const set = this.#handlers.get(type);
    if (!set) return;
    for (const handler of [...set]) handler(event);
  }

  listenerCount(type: keyof Events): number {
    return this.#handlers.get(type)?.size ?? 0;
  }
}
