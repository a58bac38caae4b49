import type { Row } from "./db.ts";

interface Store {
  get(table: string, id: string): Promise<Row | undefined>;
  partsFor(jobId: string): Promise<Row[]>;
  put(table: string, row: Row): Promise<void>;
}

interface Tracked {
  table: string;
  entity: Row;
  original: string;
}

/**
 * Change tracking over the store: every entity loaded through it is one object per id (an
 * identity map), and saveChanges() writes back just the ones whose fields changed.
 */
export function createChangeTracker(store: Store) {
  const tracked = new Map<string, Tracked>();

  function track(table: string, entity: Row): Row {
    const key = `${table}:${entity.id}`;
    const seen = tracked.get(key);
    if (seen) return seen.entity;
    tracked.set(key, { table, entity, original: JSON.stringify(entity) });
    return entity;
  }

  return {
    async load(table: string, id: string): Promise<Row | undefined> {
      const seen = tracked.get(`${table}:${id}`);
      if (seen) return seen.entity;
      const row = await store.get(table, id);
      return row && track(table, row);
    },

    async partsFor(jobId: string): Promise<Row[]> {
      return (await store.partsFor(jobId)).map((row) => track("parts", row));
    },

    dirty(): Tracked[] {
      return [...tracked.values()].filter((t) => JSON.stringify(t.entity) !== t.original);
    },

    async saveChanges(): Promise<number> {
      const changed = this.dirty();
      for (const t of changed) {
        t.entity.version++;
        t.original = JSON.stringify(t.entity);
      }
      await Promise.all(changed.map((t) => store.put(t.table, t.entity)));
      return changed.length;
    },
  };
}
