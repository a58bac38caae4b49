/**
 * Immutable records by id, with an index by one field. update() stores a new version; the
 * index swaps the previous version for it.
 */
export class VersionedStore<T extends { readonly id: string }> {
  #byId = new Map<string, T>();
  #byKey = new Map<string, Set<T>>();

  constructor(private readonly keyOf: (item: T) => string) {}

  get size(): number {
    return this.#byId.size;
  }

  get(id: string): T | undefined {
    return this.#byId.get(id);
  }

  insert(item: T): void {
    this.#byId.set(item.id, item);
    this.#index(item);
  }

  update(id: string, change: (current: T) => T): T {
    const previous = this.#byId.get(id);
    if (!previous) throw new Error(`${id} not found`);
    const next = change(previous);
    this.#byId.set(id, next);
    this.#unindex(previous);
    this.#index(next);
    return next;
  }

  remove(id: string): T | undefined {
    const current = this.#byId.get(id);
    if (!current) return undefined;
    this.#byId.delete(id);
    this.#unindex(current);
    return current;
  }

  byKey(key: string): T[] {
    return [...this.#byKey.get(key) ?? []];
  }

  #index(item: T): void {
    const key = this.keyOf(item);
    let set = this.#byKey.get(key);
    if (!set) this.#byKey.set(key, set = new Set());
    set.add(item);
  }

  #unindex(item: T): void {
    const key = this.keyOf(item);
    const set = this.#byKey.get(key);
    set?.delete(item);
    if (set?.size === 0) this.#byKey.delete(key);
  }
}
