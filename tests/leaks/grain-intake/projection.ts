import type { StoredEvent } from "./event_store.ts";

/**
 * A read model folded from the log. Events are applied strictly in log order: a catch-up read
 * after a restart and live delivery can overlap and interleave, so an event that arrives ahead
 * of its turn waits until the ones before it are in, and one that was applied already is
 * ignored.
 */
export abstract class Projection<TState> {
  #checkpoint = 0;
  #pending = new Map<number, StoredEvent>();
  protected state: TState;

  constructor(initial: TState) {
    this.state = initial;
  }

  protected abstract apply(event: StoredEvent): void;

  receive(event: StoredEvent): void {
    if (event.position <= this.#checkpoint) return;
    if (event.position !== this.#checkpoint + 1) {
      this.#pending.set(event.position, event);
      return;
    }
    this.#advance(event);
    let next = this.#checkpoint + 1;
    while (this.#pending.has(next)) {
      const waiting = this.#pending.get(next)!;
      this.#pending.delete(next);
      this.#advance(waiting);
      next = this.#checkpoint + 1;
    }
  }

  catchUp(events: Iterable<StoredEvent>): void {
    for (const event of events) this.receive(event);
  }

  #advance(event: StoredEvent): void {
    this.apply(event);
    this.#checkpoint = event.position;
  }

  get checkpoint(): number {
    return this.#checkpoint;
  }

  /** Events received but not applied yet. */
  get waiting(): number {
    return this.#pending.size;
  }
}
