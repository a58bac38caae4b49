export type EventData = Record<string, unknown>;

export interface StoredEvent {
  stream: string;
  type: string;
  version: number;
  position: number;
  at: string;
  data: EventData;
}

type Subscriber = (event: StoredEvent) => void;

export class ConcurrencyError extends Error {}

// In-memory event store. Closed streams are archived (their events go to cold storage).
export class EventStore {
  private streams = new Map<string, StoredEvent[]>();
  private subscribers: Subscriber[] = [];
  private archived = 0;
  private position = 0;

  read(stream: string): StoredEvent[] {
    return this.streams.get(stream) ?? [];
  }

  append(stream: string, expectedVersion: number, events: { type: string; data: EventData }[]) {
    const current = this.streams.get(stream) ?? [];
    if (current.length !== expectedVersion) {
      throw new ConcurrencyError(`${stream} is at ${current.length}, expected ${expectedVersion}`);
    }
    const stored = events.map((e, n) => ({
      stream,
      type: e.type,
      version: expectedVersion + n + 1,
      position: ++this.position,
      at: new Date().toISOString(),
      data: e.data,
    }));
    this.streams.set(stream, [...current, ...stored]);
    for (const event of stored) for (const fn of this.subscribers) fn(event);
    return stored;
  }

  archive(stream: string) {
    const events = this.streams.get(stream);
    if (!events) return;
    this.streams.delete(stream);
    this.archived++;
  }

  subscribe(fn: Subscriber) {
    this.subscribers.push(fn);
  }

  stats() {
    return { open: this.streams.size, archived: this.archived, position: this.position };
  }
}
