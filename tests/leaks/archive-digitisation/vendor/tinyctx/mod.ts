/**
 * tinyctx 1.4: a small unit of work over a row store. `find()` hands out a tracked entity (a
 * Proxy over the loaded row, so writes mark it dirty) and remembers the row as loaded, so
 * `saveChanges()` writes only what changed; `detach()` forgets an entity again. Since 1.4 the
 * context maps every entity back to its row, so detach() and the dirty check work from the
 * entity the caller holds.
 */

export type Row = { id: string } & Record<string, unknown>;

export interface RowStore {
  read(table: string, id: string): Row | undefined;
  write(table: string, id: string, row: Row): void;
}

export class DataContext {
  #store: RowStore;
  #identity = new Map<string, Row>();
  #originals = new Map<Row, Row>();
  #dirty = new Set<Row>();
  #rowOf = new WeakMap<object, Row>();
  #tableOf = new WeakMap<Row, string>();
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
    this.#originals.set(row, structuredClone(row));
    this.#tableOf.set(row, table);
    const dirty = this.#dirty;
    const entity = new Proxy(row, {
      set(target, prop, value) {
        dirty.add(target);
        return Reflect.set(target, prop, value);
      },
    });
    this.#rowOf.set(entity, row);
    this.#identity.set(key, entity);
    return entity as T;
  }

  saveChanges(): { id: string; fields: string[] }[] {
    const written: { id: string; fields: string[] }[] = [];
    for (const row of this.#dirty) {
      const before = this.#originals.get(row) as Record<string, unknown> | undefined;
      const fields = Object.keys(row).filter((f) =>
        JSON.stringify(row[f]) !== JSON.stringify(before?.[f])
      );
      if (!fields.length) continue;
      this.#store.write(this.#tableOf.get(row)!, row.id, structuredClone(row));
      this.#originals.set(row, structuredClone(row));
      written.push({ id: row.id, fields });
    }
    this.#dirty.clear();
    this.#saves++;
    return written;
  }

  detach(entity: Row): void {
    const row = this.#rowOf.get(entity) ?? entity;
    this.#identity.delete(`${this.#tableOf.get(row)}:${row.id}`);
    this.#originals.delete(row);
    this.#dirty.delete(row);
  }

  stats() {
    return { attached: this.#identity.size, snapshots: this.#originals.size, saves: this.#saves };
  }
}
