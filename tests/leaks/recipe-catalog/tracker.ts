/**
 * Unit-of-work change tracking: entities loaded through `track()` are Proxies that record every
 * field write, and `flush()` sends an entity's recorded changes to the database in one batch.
 */

export interface Change {
  entity: string;
  field: string;
  from: unknown;
  to: unknown;
  at: number;
}

export interface ChangeSink {
  write(entity: string, changes: Change[]): Promise<void>;
}

export class ChangeTracker {
  #changes: Change[] = [];
  #flushed = 0;

  track<T extends { id: string }>(entity: T, kind: string): T {
    return new Proxy(entity, {
      set: (target, field, value, receiver) => {
        const from = Reflect.get(target, field, receiver);
        if (from !== value && typeof field === "string") {
          const change: Change = {
            entity: `${kind}:${target.id}`,
            field,
            from,
            to: value,
            at: Date.now(),
          };
          this.#changes.push(change);
        }
        return Reflect.set(target, field, value, receiver);
      },
      deleteProperty() {
        throw new TypeError(`fields of a ${kind} cannot be deleted`);
      },
    });
  }

  /** Writes the pending changes of one entity and forgets them. */
  async flush(entity: string, sink: ChangeSink): Promise<number> {
    const batch = this.#changes.filter((c) => c.entity === entity);
    if (batch.length === 0) return 0;
    await sink.write(entity, batch);
    const written = new Set(batch);
    this.#changes = this.#changes.filter((c) => !written.has(c));
    this.#flushed += batch.length;
    return batch.length;
  }

  stats() {
    return { pending: this.#changes.length, flushed: this.#flushed };
  }
}

export const tracker = new ChangeTracker();
