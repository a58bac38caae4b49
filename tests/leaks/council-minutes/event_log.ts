/** The meeting's event log: one stream per meeting, a global position across all of them. */

export interface LoggedEvent<T = unknown> {
  position: number;
  stream: string;
  type: string;
  data: T;
  at: string;
}

type Listener = (event: LoggedEvent) => void;

export class EventLog {
  #position = 0;
  #tail: LoggedEvent[] = [];
  #listeners = new Set<Listener>();
  readonly keep: number;

  constructor(keep = 200) {
    this.keep = keep;
  }

  append<T>(stream: string, type: string, data: T): LoggedEvent<T> {
    const event: LoggedEvent<T> = {
      position: ++this.#position,
      stream,
      type,
      data,
      at: new Date().toISOString(),
    };
    this.#tail.push(event);
    if (this.#tail.length > this.keep) this.#tail.splice(0, this.#tail.length - this.keep);
    for (const listener of this.#listeners) listener(event);
    return event;
  }

  /** Every event, in log order; the listener picks what it needs. */
  follow(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  since(position: number): LoggedEvent[] {
    return this.#tail.filter((e) => e.position > position);
  }

  get position(): number {
    return this.#position;
  }
}

export const log = new EventLog();
