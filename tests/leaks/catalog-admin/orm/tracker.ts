import type { Entity } from "./entity.ts";
import type { Database } from "../db.ts";

/** Unit of work: remembers loaded entities and writes the changed ones on flush. */
export class ChangeTracker {
  #tracked = new Set<Entity>();

  track(entity: Entity): void {
    this.#tracked.add(entity);
  }

  get dirtyCount(): number {
    let n = 0;
    for (const entity of this.#tracked) if (entity.isDirty) n++;
    return n;
  }

  async flush(db: Database): Promise<number> {
    let written = 0;
    for (const entity of this.#tracked) {
      if (!entity.isDirty) continue;
      await db.update(entity.table, entity.id, entity.changes());
      entity.markClean();
      this.#tracked.delete(entity);
      written++;
    }
    return written;
  }
}

export const changeTracker = new ChangeTracker();
