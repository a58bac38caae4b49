// A read-through cache with a size bound and a TTL: past `max` entries the oldest goes; keys
// come from the same functions for reads and invalidation.

export const shiftKey = (id: string) => `shift:${id}`;
export const rosterKey = (ward: string) => `roster:${ward}`;

export class BoundedCache {
  #entries = new Map<string, { value: unknown; expiresAt: number }>();

  constructor(readonly max: number, readonly ttlMs: number) {}

  async get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.#entries.get(key);
    if (hit && hit.expiresAt > Date.now()) return hit.value as T;
    const value = await load();
    this.#entries.delete(key);
    this.#entries.set(key, { value, expiresAt: Date.now() + this.ttlMs });
    if (this.#entries.size > this.max) this.#entries.delete(this.#entries.keys().next().value!);
    return value;
  }

  invalidate(...keys: string[]) {
    for (const key of keys) this.#entries.delete(key);
  }

  get size(): number {
    return this.#entries.size;
  }
}
