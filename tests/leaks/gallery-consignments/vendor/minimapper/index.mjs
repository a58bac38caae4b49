/**
 * minimapper: a tiny data mapper with a unit of work (vendored; the original package was
 * unpublished in 2022 and we only ever used this file).
 *
 *   const session = new Session(store);
 *   const c = session.find(Consignment, 12);
 *   c.reserve = 4500; session.markDirty(c);
 *   session.add(new Consignment({...}));
 *   session.remove(old);
 *   await session.flush();
 *
 * A model class has a static `table` and static `fromRow(row)`, and instances a `toRow()`.
 * The session keeps one object per row (its identity map), so two finds of the same id give
 * the same object.
 */

const TMP_ID = Symbol("minimapper.tmpId");

export class Session {
  #store;
  /** "table:id" → entity, for everything this session manages. */
  #identity = new Map();
  #new = new Set();
  #dirty = new Set();
  #removed = new Set();
  #tmpSeq = 0;
  #flushes = 0;

  constructor(store) {
    this.#store = store;
  }

  #key(table, id) {
    return `${table}:${id}`;
  }

  find(Model, id) {
    const key = this.#key(Model.table, id);
    const known = this.#identity.get(key);
    if (known) return this.#removed.has(known) ? null : known;
    const row = this.#store.get(Model.table, id);
    if (!row) return null;
    const entity = Model.fromRow(row);
    this.#identity.set(key, entity);
    return entity;
  }

  /** The first entity whose column equals value (a linear scan of the table). */
  findBy(Model, column, value) {
    const row = this.#store.findBy(Model.table, column, value);
    return row ? this.find(Model, row.id) : null;
  }

  /** Makes a new entity managed; it gets its id on the next flush. */
  add(entity) {
    const table = entity.constructor.table;
    const tmpId = `new-${++this.#tmpSeq}`;
    entity[TMP_ID] = tmpId;
    // managed from now on, so a find by the temporary id (or contains()) sees it before flush
    this.#identity.set(this.#key(table, tmpId), entity);
    this.#new.add(entity);
    return entity;
  }

  markDirty(entity) {
    if (!this.#new.has(entity)) this.#dirty.add(entity);
  }

  remove(entity) {
    if (this.#new.delete(entity)) {
      this.#identity.delete(this.#key(entity.constructor.table, entity[TMP_ID]));
      return;
    }
    this.#dirty.delete(entity);
    this.#removed.add(entity);
  }

  contains(entity) {
    for (const e of this.#identity.values()) if (e === entity) return true;
    return false;
  }

  async flush() {
    const store = this.#store;
    for (const entity of this.#new) {
      const table = entity.constructor.table;
      entity.id = await store.insert(table, entity.toRow());
      this.#identity.set(this.#key(table, entity.id), entity);
    }
    for (const entity of this.#dirty) {
      await store.update(entity.constructor.table, entity.id, entity.toRow());
    }
    for (const entity of this.#removed) {
      const table = entity.constructor.table;
      await store.delete(table, entity.id);
      this.#identity.delete(this.#key(table, entity.id));
    }
    const written = this.#new.size + this.#dirty.size + this.#removed.size;
    this.#new.clear();
    this.#dirty.clear();
    this.#removed.clear();
    this.#flushes++;
    return written;
  }

  get stats() {
    return { managed: this.#identity.size, flushes: this.#flushes };
  }
}

/** An in-memory store with the async interface of the SQL one (tests, demos, small shops). */
export class MemoryStore {
  #tables = new Map();
  #seq = new Map();

  #table(name) {
    let t = this.#tables.get(name);
    if (!t) {
      t = new Map();
      this.#tables.set(name, t);
    }
    return t;
  }

  get(table, id) {
    const row = this.#table(table).get(Number(id));
    return row ? { ...row } : null;
  }

  findBy(table, column, value) {
    for (const row of this.#table(table).values()) if (row[column] === value) return { ...row };
    return null;
  }

  insert(table, row) {
    const id = (this.#seq.get(table) ?? 0) + 1;
    this.#seq.set(table, id);
    this.#table(table).set(id, { ...row, id });
    return Promise.resolve(id);
  }

  update(table, id, row) {
    this.#table(table).set(Number(id), { ...row, id });
    return Promise.resolve();
  }

  delete(table, id) {
    this.#table(table).delete(Number(id));
    return Promise.resolve();
  }

  count(table) {
    return this.#table(table).size;
  }
}
