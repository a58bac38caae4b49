/**
 * emitter: a typed event emitter (vendored; the upstream package is unmaintained).
 *
 *   const bus = new Emitter<{ tick: number }>();
 *   const stop = bus.on("tick", (n) => …);   // on() returns its own unsubscribe
 *   bus.off("tick", fn);                      // or remove by the same function
 *   bus.emit("tick", 1);
 */

// deno-lint-ignore no-explicit-any
type Listener = (payload: any) => void;

export class Emitter<Events extends Record<string, unknown>> {
  #listeners = new Map<keyof Events, Set<Listener>>();

  on<K extends keyof Events>(event: K, fn: (payload: Events[K]) => void): () => void {
    let set = this.#listeners.get(event);
    if (!set) {
      set = new Set();
      this.#listeners.set(event, set);
    }
    set.add(fn);
    return () => this.off(event, fn);
  }

  off<K extends keyof Events>(event: K, fn: (payload: Events[K]) => void): void {
    const set = this.#listeners.get(event);
    if (!set) return;
    set.delete(fn);
    if (set.size === 0) this.#listeners.delete(event);
  }

  emit<K extends keyof Events>(event: K, payload: Events[K]): void {
    const set = this.#listeners.get(event);
    if (!set) return;
    for (const fn of [...set]) {
      try {
        fn(payload);
      } catch (err) {
        console.error(`listener for ${String(event)} failed:`, err);
      }
    }
  }

  listenerCount(event: keyof Events): number {
    return this.#listeners.get(event)?.size ?? 0;
  }
}
