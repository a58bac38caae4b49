"use strict";

/** Base repository over a table, with a read cache of the rows handed out. */
class Repository {
  #cache = new Map();

  constructor(table) {
    if (new.target === Repository) throw new TypeError("Repository is abstract");
    this.table = table;
  }

  /** Turns a row into the domain object. */
  hydrate(_row) {
    throw new Error("hydrate() not implemented");
  }

  find(id) {
    if (this.#cache.has(id)) return this.#cache.get(id);
    const row = this.table.get(id);
    if (!row) return undefined;
    const entity = this.hydrate(row);
    this.#cache.set(id, entity);
    return entity;
  }

  insert(entity) {
    if (this.table.has(entity.id)) {
      throw Object.assign(new Error(`${entity.id} exists`), { status: 409 });
    }
    this.table.set(entity.id, { ...entity });
  }

  update(entity) {
    this.table.set(entity.id, { ...entity });
    if (this.#cache.has(entity.id)) this.#cache.set(entity.id, entity);
  }

  delete(id) {
    this.table.delete(id);
    this.#cache.delete(id);
  }

  get cached() {
    return this.#cache.size;
  }
}

module.exports = { Repository };
