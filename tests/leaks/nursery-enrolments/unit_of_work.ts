import type { Entity } from "./domain.ts";
import type { Database } from "./database.ts";

/**
 * Tracks the entities a piece of work loads, adds, changes and removes, so they are written
 * back together on commit and each row is loaded once.
 */
export class UnitOfWork {
  #db: Database;
  #identityMap = new Map<string, Entity>();
  #new = new Set<Entity>();
  #dirty = new Set<Entity>();
  #removed = new Set<Entity>();

  constructor(db: Database) {
    this.#db = db;
  }

  static keyOf(kind: string, id: string) {
    return `${kind}:${id}`;
  }

  find<T extends Entity>(kind: string, id: string, load: (row: unknown) => T): T | undefined {
    const key = UnitOfWork.keyOf(kind, id);
    const known = this.#identityMap.get(key);
    if (known) return known as T;
    const row = this.#db.get(kind, id);
    if (row === undefined) return undefined;
    const entity = load(row);
    this.#track(entity);
    return entity;
  }

  registerNew(entity: Entity) {
    this.#track(entity);
    this.#new.add(entity);
  }

  registerDirty(entity: Entity) {
    if (!this.#new.has(entity)) this.#dirty.add(entity);
  }

  registerRemoved(entity: Entity) {
    if (this.#new.delete(entity)) return;
    this.#dirty.delete(entity);
    this.#removed.add(entity);
  }

  commit() {
    for (const e of this.#new) this.#db.insert(e.kind, e.id, e);
    for (const e of this.#dirty) this.#db.update(e.kind, e.id, e);
    for (const e of this.#removed) this.#db.delete(e.kind, e.id);
    this.#new.clear();
    this.#dirty.clear();
    this.#removed.clear();
  }

  rollback() {
    this.#new.clear();
    this.#dirty.clear();
    this.#removed.clear();
  }

  dispose() {
    this.rollback();
    this.#identityMap.clear();
  }

  #track(entity: Entity) {
    this.#identityMap.set(UnitOfWork.keyOf(entity.kind, entity.id), entity);
  }
}
