import { EventEmitter } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * Departures per stop, for the platform screens. The most recently updated 64 stops are kept;
 * every publish bumps the stop's revision and emits "update" for screens waiting on it.
 */
export class DepartureBoard extends EventEmitter {
  #stops = new Map();
  #limit;

  constructor(limit = 64) {
    super();
    this.#limit = limit;
  }

  publish(stop, departures) {
    const previous = this.#stops.get(stop);
    const entry = {
      stop,
      revision: (previous?.revision ?? 0) + 1,
      departures: departures.map((d) => ({
        line: String(d.line),
        destination: String(d.destination),
        due: new Date(d.due).toISOString(),
        platform: d.platform ?? null,
      })),
      publishedAt: Date.now(),
    };
    this.#stops.delete(stop);
    this.#stops.set(stop, entry);
    if (this.#stops.size > this.#limit) this.#stops.delete(this.#stops.keys().next().value);
    process.nextTick(() => this.emit("update", stop, entry));
    return entry;
  }

  get(stop) {
    return this.#stops.get(stop);
  }

  get size() {
    return this.#stops.size;
  }

  /**
   * The stop's entry once its revision is past `after`, or null after `ms` (a screen's long
   * poll). The listener goes in every case.
   */
  async waitFor(stop, after, ms) {
    const current = this.#stops.get(stop);
    if (current && current.revision > after) return current;
    const ac = new AbortController();
    const onUpdate = (updated, entry) => {
      if (updated === stop && entry.revision > after) ac.abort(entry);
    };
    this.on("update", onUpdate);
    try {
      await sleep(ms, null, { signal: ac.signal });
      return null;
    } catch (err) {
      if (err.name === "AbortError") return ac.signal.reason;
      throw err;
    } finally {
      this.off("update", onUpdate);
    }
  }
}
