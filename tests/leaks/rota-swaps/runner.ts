import type { RecordedEvent } from "./event_store.ts";
import type { Projection } from "./projections.ts";

/** Where each runner got to; the real one is a row in the ops database. */
export class CheckpointStore {
  #positions = new Map<string, { position: number; at: string }>();

  save(name: string, position: number) {
    const current = this.#positions.get(name);
    if (current && current.position > position) {
      throw new Error(`${name}: checkpoint would go back from ${current.position} to ${position}`);
    }
    this.#positions.set(name, { position, at: new Date().toISOString() });
  }

  load(name: string) {
    return this.#positions.get(name);
  }
}

/**
 * Feeds the store's events to the projections. Every so often it checkpoints: the position and
 * a snapshot of each projection. A projection can be rebuilt from its snapshot plus the events
 * applied since (after a fix to its code, or when it threw on an event).
 */
export class ProjectionRunner {
  readonly name: string;
  #projections: Projection[];
  #checkpoints: CheckpointStore;
  #position = 0;
  #checkpointed = 0;
  #snapshots = new Map<string, unknown>();
  #applied: RecordedEvent[] = [];
  #failures = new Map<string, string>();
  #timer: ReturnType<typeof setInterval>;

  constructor(
    name: string,
    projections: Projection[],
    checkpoints: CheckpointStore,
    everyMs = 250,
  ) {
    this.name = name;
    this.#projections = projections;
    this.#checkpoints = checkpoints;
    for (const p of projections) this.#snapshots.set(p.name, p.snapshot());
    this.#timer = setInterval(() => this.checkpoint(), everyMs);
  }

  handle = (batch: RecordedEvent[]) => {
    for (const event of batch) {
      for (const p of this.#projections) {
        if (!p.handles(event.type) || this.#failures.has(p.name)) continue;
        try {
          p.apply(event);
        } catch (err) {
          this.#failures.set(p.name, `${event.type}@${event.position}: ${(err as Error).message}`);
        }
      }
      this.#applied.push(event);
      this.#position = event.position;
    }
  };

  checkpoint() {
    if (this.#position === this.#checkpointed) return;
    for (const p of this.#projections) {
      if (!this.#failures.has(p.name)) this.#snapshots.set(p.name, p.snapshot());
    }
    this.#checkpoints.save(this.name, this.#position);
    this.#checkpointed = this.#position;
    // what came after the checkpoint stays for a rebuild; the rest is covered by the snapshots
    const firstAfter = this.#applied.findIndex((e) => e.position > this.#checkpointed);
    this.#applied.splice(0, firstAfter);
  }

  rebuild(name: string) {
    const p = this.#projections.find((x) => x.name === name);
    if (!p) return undefined;
    p.restore(this.#snapshots.get(name));
    this.#failures.delete(name);
    let replayed = 0;
    for (const e of this.#applied) {
      if (p.handles(e.type)) {
        p.apply(e);
        replayed++;
      }
    }
    return { projection: name, replayed };
  }

  status() {
    return {
      runner: this.name,
      position: this.#position,
      checkpoint: this.#checkpoints.load(this.name),
      failing: Object.fromEntries(this.#failures),
    };
  }

  stop() {
    clearInterval(this.#timer);
  }
}
