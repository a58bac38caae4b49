import { begin, getShift, type Shift, VersionConflict } from "./db.ts";

/**
 * One request's unit of work: an identity map of the shifts it loaded with their state as
 * loaded, and a commit that writes the changed ones in one transaction, a savepoint each, so a
 * version conflict on one shift does not lose the others.
 */
export class UnitOfWork {
  #identity = new Map<string, { entity: Shift; loaded: string }>();

  async shift(id: string): Promise<Shift | undefined> {
    const known = this.#identity.get(id);
    if (known) return known.entity;
    const entity = await getShift(id);
    if (entity) this.#identity.set(id, { entity, loaded: JSON.stringify(entity) });
    return entity;
  }

  async commit(): Promise<{ saved: Shift[]; conflicts: string[] }> {
    const dirty = [...this.#identity.values()].filter((e) => JSON.stringify(e.entity) !== e.loaded);
    const saved: Shift[] = [];
    const conflicts: string[] = [];
    if (dirty.length === 0) return { saved, conflicts };
    const tx = await begin();
    dirty.forEach(({ entity }, n) => {
      tx.savepoint(`shift_${n}`);
      try {
        tx.update(entity, entity.version);
        saved.push(entity);
      } catch (err) {
        if (!(err instanceof VersionConflict)) throw err;
        tx.rollbackTo(`shift_${n}`);
        conflicts.push(err.message);
      }
      tx.release(`shift_${n}`);
    });
    await tx.commit();
    for (const entity of saved) entity.version++;
    this.#identity.clear();
    return { saved, conflicts };
  }
}
