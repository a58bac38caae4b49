export interface DomainEvent {
  id: string;
  type: string;
  aggregateId: string;
  version: number;
  occurredAt: string;
  payload: Record<string, unknown>;
}

export abstract class AggregateRoot {
  #pending: DomainEvent[] = [];
  version = 0;

  constructor(readonly id: string) {}

  protected abstract apply(event: DomainEvent): void;

  protected raise(type: string, payload: Record<string, unknown>) {
    const event: DomainEvent = {
      id: crypto.randomUUID(),
      type,
      aggregateId: this.id,
      version: this.version + 1,
      occurredAt: new Date().toISOString(),
      payload,
    };
    this.apply(event);
    this.version = event.version;
    this.#pending.push(event);
  }

  /** The events raised since the last save, handed over once. */
  pullEvents(): DomainEvent[] {
    return this.#pending.splice(0);
  }
}

type Handler = (event: DomainEvent) => void | Promise<void>;

export class EventDispatcher {
  #handlers = new Map<string, Handler[]>();

  on(type: string, handler: Handler) {
    this.#handlers.set(type, [...(this.#handlers.get(type) ?? []), handler]);
  }

  async dispatch(events: DomainEvent[]) {
    for (const event of events) {
      for (const handler of this.#handlers.get(event.type) ?? []) await handler(event);
    }
  }
}
