/** An in-process event store: one append-only stream per aggregate, plus snapshots. */

export interface NewEvent {
  type: string;
  data: Record<string, unknown>;
}

export interface StoredEvent extends NewEvent {
  stream: string;
  version: number;
  recordedAt: string;
}

export interface Snapshot<S> {
  version: number;
  state: S;
  takenAt: number;
}

export class ConcurrencyError extends Error {}

export class EventStore {
  static streams = new Map<string, StoredEvent[]>();
  static snapshots = new Map<string, Snapshot<unknown>>();
  /** Loading replays the events since the latest snapshot; one is taken every this many. */
  static SNAPSHOT_EVERY = 50;

  static version(streamId: string): number {
    const stream = EventStore.streams.get(streamId);
    return stream?.length ? stream[stream.length - 1].version : 0;
  }

  static append(streamId: string, expectedVersion: number, events: NewEvent[]): StoredEvent[] {
    let stream = EventStore.streams.get(streamId);
    if (!stream) {
      stream = [];
      EventStore.streams.set(streamId, stream);
    }
    let version = EventStore.version(streamId);
    if (version !== expectedVersion) {
      throw new ConcurrencyError(`${streamId} is at ${version}, expected ${expectedVersion}`);
    }
    const stored: StoredEvent[] = [];
    for (const event of events) {
      const record = {
        stream: streamId,
        version: ++version,
        type: event.type,
        data: event.data,
        recordedAt: new Date().toISOString(),
      };
      stream.push(record);
      stored.push(record);
    }
    return stored;
  }

  static readAfter(streamId: string, version: number): StoredEvent[] {
    return (EventStore.streams.get(streamId) ?? []).filter((e) => e.version > version);
  }

  static latestSnapshot<S>(streamId: string): Snapshot<S> | undefined {
    return EventStore.snapshots.get(streamId) as Snapshot<S> | undefined;
  }

  static saveSnapshot<S>(streamId: string, version: number, state: S) {
    EventStore.snapshots.set(streamId, {
      version,
      state: structuredClone(state),
      takenAt: Date.now(),
    });
  }
}
