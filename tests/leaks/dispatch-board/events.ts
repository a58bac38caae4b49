/** A small typed emitter for process lifecycle events (draining, config reloads). */

type Listener = (...args: unknown[]) => void;

interface Registration {
  listener: Listener;
  once: boolean;
}

export class Emitter<E extends string> {
  #registrations = new Map<E, Registration[]>();

  on(event: E, listener: Listener): this {
    return this.#add(event, { listener, once: false });
  }

  once(event: E, listener: Listener): this {
    return this.#add(event, { listener, once: true });
  }

  #add(event: E, registration: Registration): this {
    const list = this.#registrations.get(event) ?? [];
    list.push(registration);
    this.#registrations.set(event, list);
    return this;
  }

  /** Removes `listener`, whether it was added with on() or once(). */
  off(event: E, listener: Listener): this {
    const list = this.#registrations.get(event);
    if (!list) return this;
    const at = list.findIndex((r) => r.listener === listener);
    if (at !== -1) list.splice(at, 1);
    if (list.length === 0) this.#registrations.delete(event);
    return this;
  }

  emit(event: E, ...args: unknown[]): void {
    const list = this.#registrations.get(event);
    if (!list) return;
    const remaining = list.filter((r) => !r.once);
    if (remaining.length) this.#registrations.set(event, remaining);
    else this.#registrations.delete(event);
    for (const { listener } of list) listener(...args);
  }

  count(event: E): number {
    return this.#registrations.get(event)?.length ?? 0;
  }
}

export const lifecycle = new Emitter<"draining" | "reload">();
