/**
 * The elevator's event log. Every event gets a global position (its place in the whole log)
 * and a version within its stream (one stream per farm, one per silo bin). The durable copy is
 * shipped to the co-op's ledger every night; this process keeps the recent tail for catch-up.
 */

export interface StoredEvent<T = unknown> {
  position: number;
  stream: string;
  version: number;
  type: string;
  data: T;
  recordedAt: string;
}

export class ConcurrencyError extends Error {
  constructor(stream: string, expected: number, actual: number) {
    super(`${stream}: expected version ${expected}, found ${actual}`);
    this.name = "ConcurrencyError";
  }
}

type Handler = (event: StoredEvent) => void;

interface Subscription {
  prefix: string;
  handler: Handler;
}

export class EventStore {
  #position = 0;
  #versions = new Map<string, number>();
  #tail: StoredEvent[] = [];
  #subscriptions: Subscription[] = [];
  readonly tailSize: number;

  constructor(tailSize = 256) {
    this.tailSize = tailSize;
  }

  append<T>(stream: string, type: string, data: T, expectedVersion?: number): StoredEvent<T> {
    const current = this.#versions.get(stream) ?? 0;
    if (expectedVersion !== undefined && expectedVersion !== current) {
      throw new ConcurrencyError(stream, expectedVersion, current);
    }
    const event: StoredEvent<T> = {
      position: ++this.#position,
      stream,
      version: current + 1,
      type,
      data,
      recordedAt: new Date().toISOString(),
    };
    this.#versions.set(stream, event.version);
    this.#tail.push(event);
    if (this.#tail.length > this.tailSize) this.#tail.shift();
    for (const sub of this.#subscriptions) {
      if (event.stream.startsWith(sub.prefix)) sub.handler(event);
    }
    return event;
  }

  /** Live delivery of the events of every stream whose name starts with `prefix`. */
  subscribe(prefix: string, handler: Handler): () => void {
    const sub = { prefix, handler };
    this.#subscriptions.push(sub);
    return () => {
      this.#subscriptions = this.#subscriptions.filter((s) => s !== sub);
    };
  }

  /** What the tail still holds after `position`, for a projection catching up. */
  readAfter(position: number, prefix = ""): StoredEvent[] {
    return this.#tail.filter((e) => e.position > position && e.stream.startsWith(prefix));
  }

  versionOf(stream: string): number {
    return this.#versions.get(stream) ?? 0;
  }

  get position(): number {
    return this.#position;
  }
}
