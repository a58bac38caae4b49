// deno-lint-ignore-file no-explicit-any
/** A small typed-enough event emitter (vendored from our shared kiosk toolkit, v1.3.0). */
export type Listener = (...args: any[]) => void;

interface OnceWrapper extends Listener {
  listener: Listener;
}

export class Emitter {
  #listeners = new Map<string, Set<Listener>>();

  on(event: string, listener: Listener): this {
    let set = this.#listeners.get(event);
    if (!set) this.#listeners.set(event, set = new Set());
    set.add(listener);
    return this;
  }

  once(event: string, listener: Listener): this {
    const wrapper = ((...args: any[]) => {
      this.off(event, wrapper);
      listener(...args);
    }) as OnceWrapper;
    wrapper.listener = listener;
    return this.on(event, wrapper);
  }

  off(event: string, listener: Listener): this {
    const set = this.#listeners.get(event);
    if (!set) return this;
    for (const l of set) {
      if (l === listener || (l as OnceWrapper).listener === listener) {
        set.delete(l);
        break;
      }
    }
    if (set.size === 0) this.#listeners.delete(event);
    return this;
  }

  emit(event: string, ...args: any[]): boolean {
    const set = this.#listeners.get(event);
    if (!set) return false;
    for (const l of [...set]) l(...args);
    return true;
  }

  listenerCount(event?: string): number {
    if (event !== undefined) return this.#listeners.get(event)?.size ?? 0;
    let n = 0;
    for (const set of this.#listeners.values()) n += set.size;
    return n;
  }
}
