import type { NewEvent, RecordedEvent } from "./event_store.ts";

/** Base of event-sourced aggregates: state comes from applying events, changes are events. */
export abstract class AggregateRoot {
  #version = 0;
  #pending: NewEvent[] = [];

  protected abstract when(event: NewEvent): void;

  get version() {
    return this.#version;
  }

  loadFrom(history: readonly RecordedEvent[]): this {
    for (const e of history) {
      this.when(e);
      this.#version = e.version;
    }
    return this;
  }

  protected raise<T>(type: string, data: T) {
    const event = { type, data };
    this.when(event);
    this.#pending.push(event);
  }

  takePending(): { expectedVersion: number; events: NewEvent[] } {
    const events = this.#pending;
    this.#pending = [];
    return { expectedVersion: this.#version, events };
  }
}
