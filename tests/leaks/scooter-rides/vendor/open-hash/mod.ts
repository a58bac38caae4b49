/**
 * open-hash: a small open-addressing hash map for string keys (linear probing, FNV-1a). A deleted
 * key leaves a tombstone, so that keys probed past it are still found; a rehash clears them out.
 */

interface Slot<V> {
  key: string;
  value: V;
  deleted: boolean;
}

const MIN_CAPACITY = 16;
const MAX_LOAD = 0.5;

function fnv1a(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class OpenHashMap<V> {
  #slots: (Slot<V> | undefined)[] = new Array(MIN_CAPACITY);
  #size = 0;
  /** Occupied slots, tombstones included (they count towards the load). */
  #used = 0;

  get size(): number {
    return this.#size;
  }

  #find(key: string): Slot<V> | undefined {
    const mask = this.#slots.length - 1;
    for (let i = fnv1a(key) & mask;; i = (i + 1) & mask) {
      const slot = this.#slots[i];
      if (slot === undefined) return undefined;
      if (!slot.deleted && slot.key === key) return slot;
    }
  }

  #place(entry: Slot<V>): void {
    const mask = this.#slots.length - 1;
    let index = fnv1a(entry.key) & mask;
    while (this.#slots[index] !== undefined) index = (index + 1) & mask;
    this.#slots[index] = entry;
    this.#used++;
  }

  /** Re-inserts the live entries into a table sized for them. */
  #rehash(): void {
    const entries = this.#slots.filter((slot) => slot !== undefined);
    let capacity = MIN_CAPACITY;
    while (entries.length + 1 > capacity * MAX_LOAD) capacity *= 2;
    this.#slots = new Array(capacity);
    this.#used = 0;
    for (const entry of entries) this.#place(entry);
  }

  get(key: string): V | undefined {
    return this.#find(key)?.value;
  }

  set(key: string, value: V): this {
    const slot = this.#find(key);
    if (slot) {
      slot.value = value;
      return this;
    }
    if (this.#used + 1 > this.#slots.length * MAX_LOAD) this.#rehash();
    this.#place({ key, value, deleted: false });
    this.#size++;
    return this;
  }

  delete(key: string): boolean {
    const slot = this.#find(key);
    if (!slot) return false;
    slot.deleted = true;
    this.#size--;
    return true;
  }
}
