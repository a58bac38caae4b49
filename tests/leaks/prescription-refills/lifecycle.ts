/**
 * Process lifecycle events. Deno has no EventEmitter of its own and the node:events shim pulls
 * in more than we need, so this is the small emitter the services share: `on`, `once`, `off`
 * and `emit`, plus the drain sequence run on SIGTERM.
 */

type Listener = (...args: unknown[]) => void;

export type LifecycleEvent = "draining" | "drained" | "config";

export class Lifecycle {
  #listeners = new Map<LifecycleEvent, Listener[]>();
  #draining = false;

  get draining(): boolean {
    return this.#draining;
  }

  on(event: LifecycleEvent, listener: Listener): this {
    const list = this.#listeners.get(event);
    if (list) list.push(listener);
    else this.#listeners.set(event, [listener]);
    return this;
  }

  /** Calls `listener` the first time `event` is emitted, then forgets it. */
  once(event: LifecycleEvent, listener: Listener): this {
    const wrapper = (...args: unknown[]) => {
      this.off(event, wrapper);
      listener(...args);
    };
    return this.on(event, wrapper);
  }

  off(event: LifecycleEvent, listener: Listener): this {
    const list = this.#listeners.get(event);
    if (!list) return this;
    const at = list.indexOf(listener);
    if (at !== -1) list.splice(at, 1);
    if (list.length === 0) this.#listeners.delete(event);
    return this;
  }

  emit(event: LifecycleEvent, ...args: unknown[]): boolean {
    const list = this.#listeners.get(event);
    if (!list) return false;
    // copy: once() wrappers take themselves out while we iterate
    for (const listener of [...list]) {
      try {
        listener(...args);
      } catch (err) {
        console.error(`lifecycle ${event} listener failed`, err);
      }
    }
    return true;
  }

  listenerCount(event: LifecycleEvent): number {
    return this.#listeners.get(event)?.length ?? 0;
  }

  /** Stops taking work: in-flight requests get aborted, then "drained" fires. */
  async drain(graceMs: number): Promise<void> {
    if (this.#draining) return;
    this.#draining = true;
    this.emit("draining", new Error("server is shutting down"));
    await new Promise((resolve) => setTimeout(resolve, graceMs));
    this.emit("drained");
  }
}

export const lifecycle = new Lifecycle();
