/**
 * jcollections: java.util's HashMap and HashSet for the box-office core ported from Java, with
 * the same contracts: keys define equals() and hashCode(), and a key must not change in a way
 * that changes its hash while it is in a map.
 *
 * @module
 */

export interface Hashable {
  hashCode(): number;
  equals(other: unknown): boolean;
}

interface Entry<K, V> {
  hash: number;
  key: K;
  value: V;
}

const DEFAULT_CAPACITY = 16;
const LOAD_FACTOR = 0.75;

/** String.hashCode() as Java computes it (31 * h + c, 32-bit). */
export function stringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

/** Objects.hash(values...) */
export function hashAll(...values: unknown[]): number {
  let h = 1;
  for (const v of values) {
    let e = 0;
    if (v === null || v === undefined) e = 0;
    else if (typeof v === "string") e = stringHash(v);
    else if (typeof v === "number") e = Number.isInteger(v) ? v | 0 : stringHash(String(v));
    else if (typeof v === "boolean") e = v ? 1231 : 1237;
    else if (typeof (v as Hashable).hashCode === "function") e = (v as Hashable).hashCode();
    else e = stringHash(JSON.stringify(v));
    h = (Math.imul(31, h) + e) | 0;
  }
  return h;
}

function spread(h: number): number {
  return h ^ (h >>> 16);
}

export class HashMap<K extends Hashable, V> {
  table: (Entry<K, V>[] | undefined)[] = new Array(DEFAULT_CAPACITY);
  size = 0;

  #indexFor(hash: number, length = this.table.length) {
    return hash & (length - 1);
  }

  get(key: K): V | undefined {
    const hash = spread(key.hashCode());
    const bucket = this.table[this.#indexFor(hash)];
    return bucket?.find((e) => e.hash === hash && e.key.equals(key))?.value;
  }

  containsKey(key: K): boolean {
    const hash = spread(key.hashCode());
    const bucket = this.table[this.#indexFor(hash)];
    return bucket?.some((e) => e.hash === hash && e.key.equals(key)) ?? false;
  }

  put(key: K, value: V): V | undefined {
    const hash = spread(key.hashCode());
    const index = this.#indexFor(hash);
    const bucket = this.table[index] ??= [];
    const existing = bucket.find((e) => e.hash === hash && e.key.equals(key));
    if (existing) {
      const old = existing.value;
      existing.value = value;
      return old;
    }
    bucket.push({ hash, key, value });
    if (++this.size > this.table.length * LOAD_FACTOR) this.#resize();
    return undefined;
  }

  remove(key: K): V | undefined {
    const hash = spread(key.hashCode());
    const index = this.#indexFor(hash);
    const bucket = this.table[index];
    if (!bucket) return undefined;
    const at = bucket.findIndex((e) => e.hash === hash && e.key.equals(key));
    if (at === -1) return undefined;
    const [removed] = bucket.splice(at, 1);
    if (bucket.length === 0) this.table[index] = undefined;
    this.size--;
    return removed.value;
  }

  *entries(): IterableIterator<[K, V]> {
    for (const bucket of this.table) {
      if (!bucket) continue;
      for (const e of bucket) yield [e.key, e.value];
    }
  }

  #resize() {
    const old = this.table;
    const next: (Entry<K, V>[] | undefined)[] = new Array(old.length * 2);
    for (const bucket of old) {
      if (!bucket) continue;
      for (const e of bucket) (next[this.#indexFor(e.hash, next.length)] ??= []).push(e);
    }
    this.table = next;
  }
}

const PRESENT = true;

export class HashSet<E extends Hashable> {
  readonly map = new HashMap<E, boolean>();

  add(e: E): boolean {
    return this.map.put(e, PRESENT) === undefined;
  }

  remove(e: E): boolean {
    return this.map.remove(e) !== undefined;
  }

  contains(e: E): boolean {
    return this.map.containsKey(e);
  }

  get size() {
    return this.map.size;
  }

  *[Symbol.iterator](): IterableIterator<E> {
    for (const [key] of this.map.entries()) yield key;
  }
}
