// A small in-process event bus for the yard: gate scans, status changes and the board's
// housekeeping. A failing listener must never fail the gate clerk's request, so each listener
// runs isolated and failures are counted (and the first one per event logged).

type Listener<T> = (payload: T) => void;

export class YardEvents<Events extends Record<string, unknown>> {
  #listeners = new Map<keyof Events, Listener<never>[]>();
  #reported = new Set<keyof Events>();
  failures = 0;

  on<K extends keyof Events>(event: K, listener: Listener<Events[K]>): void {
    const list = this.#listeners.get(event) ?? [];
    list.push(listener as Listener<never>);
    this.#listeners.set(event, list);
  }

  emit<K extends keyof Events>(event: K, payload: Events[K]): number {
    let delivered = 0;
    for (const listener of this.#listeners.get(event) ?? []) {
      try {
        (listener as Listener<Events[K]>)(payload);
        delivered++;
      } catch (err) {
        this.failures++;
        if (!this.#reported.has(event)) {
          this.#reported.add(event);
          console.error(`yard event "${String(event)}": a listener failed`, err);
        }
      }
    }
    return delivered;
  }
}
