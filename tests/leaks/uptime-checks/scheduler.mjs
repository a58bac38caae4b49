import { MinHeap } from "./vendor/tick-heap/index.js";
import { probe } from "./probe.mjs";

// Runs every monitor's check on its interval. Occurrences sit in a heap by due time; a tick
// pops what is due, runs it and arms the monitor's next occurrence, which carries the result
// it follows (so the next check can tell a change of state from a blip).
export class CheckScheduler {
  #heap = new MinHeap((a, b) => a.dueAt - b.dueAt);
  #next = new Map();
  #runs = 0;
  #timer;

  constructor(registry) {
    this.registry = registry;
    this.#timer = setInterval(() => this.#tick(), 250);
  }

  start(monitor) {
    this.#arm(monitor, null);
  }

  /** "Check now" from the dashboard: runs at once, and the schedule restarts from now. */
  async checkNow(monitor) {
    const result = await this.#run(monitor, this.#next.get(monitor.id)?.previous ?? null);
    this.#arm(monitor, result);
    return result;
  }

  nextCheck(id) {
    const entry = this.#next.get(id);
    return entry ? new Date(entry.dueAt).toISOString() : null;
  }

  stats() {
    return { runs: this.#runs, monitors: this.#next.size };
  }

  stop() {
    clearInterval(this.#timer);
  }

  #arm(monitor, previous) {
    const entry = {
      monitor,
      dueAt: Date.now() + monitor.intervalMs,
      previous,
      armedAt: new Date().toISOString(),
    };
    this.#next.set(monitor.id, entry);
    this.#heap.push(entry);
  }

  async #run(monitor, previous) {
    this.#runs++;
    let result = await probe(monitor, this.#runs);
    if (!result.up && previous?.up) {
      // Confirm a failure once before opening an incident.
      result = await probe(monitor, this.#runs + 1);
    }
    this.registry.record(result);
    return result;
  }

  async #tick() {
    const now = Date.now();
    while (this.#heap.size > 0 && this.#heap.peek().dueAt <= now) {
      const entry = this.#heap.pop();
      if (!this.registry.get(entry.monitor.id)) continue;
      const result = await this.#run(entry.monitor, entry.previous);
      this.#arm(entry.monitor, result);
    }
  }
}
