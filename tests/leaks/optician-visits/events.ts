export interface AppEvent {
  type: string;
  data: Record<string, unknown>;
  at: number;
}

type Listener = (event: AppEvent) => void;

/** Synchronous, ordered events; events raised by a listener are delivered after the current one. */
export class Events {
  #listeners = new Map<string, Set<Listener>>();
  #queue: AppEvent[] = [];
  #busy = false;
  failures = new Map<string, number>();

  on(type: string, listener: Listener): () => void {
    if (!this.#listeners.has(type)) this.#listeners.set(type, new Set());
    this.#listeners.get(type)!.add(listener);
    return () => this.#listeners.get(type)?.delete(listener);
  }

  raise(type: string, data: Record<string, unknown>): void {
    this.#queue.push({ type, data, at: Date.now() });
    if (this.#busy) return;
    this.#busy = true;
    try {
      for (let event = this.#queue.shift(); event; event = this.#queue.shift()) {
        for (const listener of this.#listeners.get(event.type) ?? []) {
          try {
            listener(event);
          } catch (err) {
            const key = `${event.type}: ${(err as Error).name}`;
            this.failures.set(key, (this.failures.get(key) ?? 0) + 1);
          }
        }
      }
    } finally {
      this.#busy = false;
    }
  }
}
