import { AsyncLocalStorage } from "node:async_hooks";

/**
 * A small data mapper: entities are loaded through an EntityManager, which keeps one instance
 * per row (its identity map) and writes back what changed on flush().
 */
export class EntityManager {
  identityMap = new Map();
  #snapshots = new WeakMap();

  constructor(driver) {
    this.driver = driver;
  }

  async findOne(Entity, id) {
    const key = `${Entity.table}:${id}`;
    const managed = this.identityMap.get(key);
    if (managed) return managed;
    const row = await this.driver.select(Entity.table, id);
    if (!row) return null;
    return this.identityMap.get(key) ?? this.#hydrate(Entity, key, row);
  }

  find(Entity, ids) {
    return Promise.all(ids.map((id) => this.findOne(Entity, id)));
  }

  #hydrate(Entity, key, row) {
    const entity = Object.assign(new Entity(), row);
    this.identityMap.set(key, entity);
    this.#snapshots.set(entity, JSON.stringify(row));
    return entity;
  }

  async flush() {
    const writes = [];
    for (const entity of this.identityMap.values()) {
      const row = entity.toRow();
      const json = JSON.stringify(row);
      if (json === this.#snapshots.get(entity)) continue;
      writes.push(this.driver.update(entity.constructor.table, entity.id, row));
      this.#snapshots.set(entity, json);
    }
    await Promise.all(writes);
    return writes.length;
  }

  fork() {
    return new EntityManager(this.driver);
  }
}

export function createOrm(driver) {
  const em = new EntityManager(driver);
  const context = new AsyncLocalStorage();
  return {
    em,
    /** Runs `fn` with its own EntityManager, forked from the root one. */
    withRequestContext: (fn) => context.run(em.fork(), fn),
    currentEm: () => context.getStore() ?? em,
  };
}
