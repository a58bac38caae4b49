/** Event store for inspections: a stream per inspection, live until the inspection is signed off. */

export interface Recorded<T = unknown> {
  position: number;
  stream: string;
  version: number;
  type: string;
  data: T;
  at: string;
}

export class StaleVersion extends Error {}

export class EventStore {
  #streams = new Map<string, Recorded[]>();
  #position = 0;
  #listeners = new Set<(events: Recorded[]) => void>();

  read(stream: string): readonly Recorded[] {
    return this.#streams.get(stream) ?? [];
  }

  append(stream: string, expected: number, events: { type: string; data: unknown }[]) {
    const existing = this.#streams.get(stream) ?? [];
    if (existing.length !== expected) throw new StaleVersion(`${stream} moved on`);
    const at = new Date().toISOString();
    const recorded = events.map((e, n): Recorded => ({
      position: ++this.#position,
      stream,
      version: expected + n + 1,
      type: e.type,
      data: e.data,
      at,
    }));
    this.#streams.set(stream, [...existing, ...recorded]);
    for (const l of this.#listeners) l(recorded);
    return recorded;
  }

  /** Signed-off inspections live in the document archive; the store drops their streams. */
  close(stream: string) {
    this.#streams.delete(stream);
  }

  listen(l: (events: Recorded[]) => void) {
    this.#listeners.add(l);
    return () => this.#listeners.delete(l);
  }

  get position() {
    return this.#position;
  }

  get streams() {
    return this.#streams.size;
  }
}

export interface Projection {
  readonly name: string;
  apply(e: Recorded): void;
}

/** Applies events to projections; checkpoints every 200 ms and keeps only what came after. */
export class Projector {
  #projections: Projection[];
  #position = 0;
  #checkpoint = 0;
  #uncheckpointed: Recorded[] = [];
  readonly timer: ReturnType<typeof setInterval>;

  constructor(projections: Projection[]) {
    this.#projections = projections;
    this.timer = setInterval(() => this.checkpoint(), 200);
  }

  onEvents = (events: Recorded[]) => {
    for (const e of events) {
      for (const p of this.#projections) p.apply(e);
      this.#position = e.position;
      this.#uncheckpointed.push(e);
    }
  };

  checkpoint() {
    this.#checkpoint = this.#position;
    this.#uncheckpointed = this.#uncheckpointed.filter((e) => e.position > this.#checkpoint);
  }

  get lag() {
    return {
      position: this.#position,
      checkpoint: this.#checkpoint,
      pending: this.#uncheckpointed.length,
    };
  }
}
