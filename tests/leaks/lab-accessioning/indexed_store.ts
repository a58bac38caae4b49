/**
 * Records by id with one secondary index, for the benches' worklists. Records are immutable:
 * update() stores a new version made from the current one, so a reader holding a version
 * never sees it change under it.
 */
export class IndexedStore<T extends { readonly id: string }> {
  #byId = new Map<string, T>();
  #index = new Map<string, Set<T>>();
  readonly #keyOf: (item: T) => string;

  constructor(keyOf: (item: T) => string) {
    this.#keyOf = keyOf;
  }

  get size(): number {
    return this.#byId.size;
  }

  get(id: string): T | undefined {
    return this.#byId.get(id);
  }

  insert(item: T): T {
    if (this.#byId.has(item.id)) throw new Error(`${item.id} exists`);
    this.#byId.set(item.id, item);
    this.#addToIndex(item);
    return item;
  }

  update(id: string, change: (current: T) => T): T {
    const current = this.#byId.get(id);
    if (!current) throw new Error(`${id} not found`);
    const next = change(current);
    this.#byId.set(id, next);
    this.#index.get(this.#keyOf(current))?.delete(next);
    this.#addToIndex(next);
    return next;
  }

  remove(id: string): T | undefined {
    const current = this.#byId.get(id);
    if (!current) return undefined;
    this.#byId.delete(id);
    const key = this.#keyOf(current);
    const set = this.#index.get(key);
    set?.delete(current);
    if (set?.size === 0) this.#index.delete(key);
    return current;
  }

  /** The current records under `key`, in the order they were indexed. */
  find(key: string): T[] {
    const set = this.#index.get(key);
    if (!set) return [];
    // Skip anything superseded since it was indexed.
    return [...set].filter((item) => this.#byId.get(item.id) === item);
  }

  #addToIndex(item: T): void {
    const key = this.#keyOf(item);
    let set = this.#index.get(key);
    if (!set) {
      set = new Set();
      this.#index.set(key, set);
    }
    set.add(item);
  }
}
