/** Stand-in for the nursery's SQL database: tables of rows by id. */
export class Database {
  #tables = new Map<string, Map<string, unknown>>();
  reads = 0;
  writes = 0;

  #table(kind: string) {
    let t = this.#tables.get(kind);
    if (!t) this.#tables.set(kind, t = new Map());
    return t;
  }

  get(kind: string, id: string): unknown {
    this.reads++;
    const row = this.#table(kind).get(id);
    return row === undefined ? undefined : structuredClone(row);
  }

  all(kind: string): unknown[] {
    this.reads++;
    return [...this.#table(kind).values()].map((r) => structuredClone(r));
  }

  insert(kind: string, id: string, row: unknown) {
    this.writes++;
    const t = this.#table(kind);
    if (t.has(id)) throw new Error(`${kind} ${id} already exists`);
    t.set(id, structuredClone(row));
  }

  update(kind: string, id: string, row: unknown) {
    this.writes++;
    this.#table(kind).set(id, structuredClone(row));
  }

  delete(kind: string, id: string) {
    this.writes++;
    this.#table(kind).delete(id);
  }

  count(kind: string) {
    return this.#table(kind).size;
  }
}
