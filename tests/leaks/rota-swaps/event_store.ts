/** In-memory event store: one stream per aggregate, a global position, live subscribers. */

export interface EventMetadata {
  user: string;
  correlationId: string;
}

export interface NewEvent<T = unknown> {
  type: string;
  data: T;
}

export interface RecordedEvent<T = unknown> extends NewEvent<T> {
  position: number;
  streamId: string;
  version: number;
  metadata: EventMetadata;
  recordedAt: string;
}

export class ConcurrencyError extends Error {}

export type Subscriber = (batch: RecordedEvent[]) => void;

export class EventStore {
  #streams = new Map<string, RecordedEvent[]>();
  #position = 0;
  #subscribers: Subscriber[] = [];
  archived = 0;

  read(streamId: string): readonly RecordedEvent[] {
    return this.#streams.get(streamId) ?? [];
  }

  append(
    streamId: string,
    expectedVersion: number,
    events: NewEvent[],
    metadata: EventMetadata,
  ): RecordedEvent[] {
    const stream = this.#streams.get(streamId) ?? [];
    if (stream.length !== expectedVersion) {
      throw new ConcurrencyError(
        `${streamId} is at version ${stream.length}, expected ${expectedVersion}`,
      );
    }
    const recordedAt = new Date().toISOString();
    const batch = events.map((e, n): RecordedEvent => ({
      ...e,
      position: ++this.#position,
      streamId,
      version: expectedVersion + n + 1,
      metadata,
      recordedAt,
    }));
    stream.push(...batch);
    this.#streams.set(streamId, stream);
    for (const s of this.#subscribers) s(batch);
    return batch;
  }

  subscribe(s: Subscriber) {
    this.#subscribers.push(s);
    return () => {
      this.#subscribers = this.#subscribers.filter((x) => x !== s);
    };
  }

  /** Closed streams go to the archive bucket (nightly export); the live store keeps open ones. */
  archive(streamId: string) {
    if (this.#streams.delete(streamId)) this.archived++;
  }

  get head() {
    return this.#position;
  }

  get openStreams() {
    return this.#streams.size;
  }
}
