export interface DomainEvent<T = unknown> {
  id: number;
  type: string;
  payload: T;
  at: number;
}

export type Handler<T = unknown> = (event: DomainEvent<T>) => void;

/**
 * In-process domain events. Delivery is synchronous and in order: an event emitted by a
 * handler is delivered after the event that handler is reacting to, never in the middle of it.
 */
export class EventBus {
  #handlers = new Map<string, Handler[]>();
  #deferred: DomainEvent[] = [];
  #dispatching = false;
  #seq = 0;
  #delivered = 0;

  on<T>(type: string, handler: Handler<T>): () => void {
    const list = this.#handlers.get(type) ?? [];
    list.push(handler as Handler);
    this.#handlers.set(type, list);
    return () => {
      const current = this.#handlers.get(type) ?? [];
      this.#handlers.set(type, current.filter((h) => h !== handler));
    };
  }

  emit<T>(type: string, payload: T): void {
    const event: DomainEvent = { id: ++this.#seq, type, payload, at: Date.now() };
    if (this.#dispatching) {
      this.#deferred.push(event);
      return;
    }
    this.#dispatching = true;
    this.#deliver(event);
    while (this.#deferred.length > 0) this.#deliver(this.#deferred.shift()!);
    this.#dispatching = false;
  }

  #deliver(event: DomainEvent): void {
    for (const handler of this.#handlers.get(event.type) ?? []) handler(event);
    this.#delivered++;
  }

  stats() {
    return {
      types: [...this.#handlers.keys()],
      emitted: this.#seq,
      delivered: this.#delivered,
    };
  }
}
