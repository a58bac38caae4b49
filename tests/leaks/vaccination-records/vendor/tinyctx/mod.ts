/**
 * tinyctx: a small unit of work over a row store, in the style of the big ORMs' data
 * contexts. `find()` hands out a tracked entity (a Proxy over the row, so writes mark it
 * dirty), keeps it in an identity map while it is attached, and remembers the row as it was
 * loaded so `saveChanges()` can write only what changed. A context may live as long as the
 * process: `detach()` what you are done with and it forgets it.
 *
 * Assign to a tracked entity's fields (`patient.doses = [...patient.doses, dose]`); changes
 * made inside nested objects are not seen.
 */

export type Row = { id: string } & Record<string, unknown>;

export interface RowStore {
  read(table: string, id: string): Row | undefined;
  write(table: string, id: string, row: Row): void;
}

export interface Change {
  table: string;
  id: string;
  fields: string[];
}

export class DataContext {
  #store: RowStore;
  /** `table:id` → the tracked entity handed out for it. */
  #identity = new Map<string, Row>();
  /** Loaded row → the row as it was when loaded (or last saved). */
  #originals = new Map<object, Row>();
  /** Rows written through their entity since the last save. */
  #dirty = new Set<Row>();
  #tableOf = new WeakMap<object, string>();
  #saves = 0;

  constructor(store: RowStore) {
    this.#store = store;
  }

  find<T extends Row>(table: string, id: string): T | undefined {
    const key = `${table}:${id}`;
    const known = this.#identity.get(key);
    if (known) return known as T;
    const row = this.#store.read(table, id);
    if (!row) return undefined;
    return this.#attach(table, key, row) as T;
  }

  #attach(table: string, key: string, row: Row): Row {
    this.#originals.set(row, structuredClone(row));
    this.#tableOf.set(row, table);
    const dirty = this.#dirty;
    const entity = new Proxy(row, {
      set(target, prop, value) {
        dirty.add(target);
        return Reflect.set(target, prop, value);
      },
      deleteProperty(target, prop) {
        dirty.add(target);
        return Reflect.deleteProperty(target, prop);
      },
    });
    this.#identity.set(key, entity);
    return entity;
  }

  /** Writes every dirty row's changed fields; returns what was written. */
  saveChanges(): Change[] {
    const changes: Change[] = [];
    for (const row of this.#dirty) {
      const table = this.#tableOf.get(row)!;
      const before = this.#originals.get(row) ?? {};
      const fields = Object.keys(row).filter((f) =>
        JSON.stringify(row[f]) !== JSON.stringify((before as Record<string, unknown>)[f])
      );
      if (fields.length === 0) continue;
      this.#store.write(table, row.id, structuredClone(row));
      const saved = structuredClone(row);
      this.#originals.set(row, saved);
      changes.push({ table, id: row.id, fields });
    }
    this.#dirty.clear();
    this.#saves++;
    return changes;
  }

  /** Stops tracking an entity: it leaves the identity map and its snapshot is dropped. */
  detach(entity: Row): void {
    for (const [key, tracked] of this.#identity) {
      if (tracked === entity) this.#identity.delete(key);
    }
    this.#originals.delete(entity);
    this.#dirty.delete(entity);
  }

  stats() {
    return { attached: this.#identity.size, dirty: this.#dirty.size, saves: this.#saves };
  }
}
