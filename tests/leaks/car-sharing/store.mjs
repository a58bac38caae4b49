/** A small keyed record store: records are replaced on update, never changed in place. */
export class RecordStore {
  #records = new Map();

  constructor(kind) {
    this.kind = kind;
  }

  insert(record) {
    if (this.#records.has(record.id)) throw new Error(`${this.kind} ${record.id} exists`);
    this.#records.set(record.id, record);
    return record;
  }

  get(id) {
    return this.#records.get(id);
  }

  update(id, patch) {
    const current = this.#records.get(id);
    if (!current) return undefined;
    const next = { ...current, ...patch, version: (current.version ?? 0) + 1 };
    this.#records.set(id, next);
    return next;
  }

  remove(id) {
    return this.#records.delete(id);
  }

  get size() {
    return this.#records.size;
  }
}
