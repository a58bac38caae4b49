import type { Hit } from "./archive.ts";

const IDLE_MS = 1500;
const SWEEP_MS = 250;

interface Cursor {
  hits: Hit[];
  offset: number;
  touched: number;
}

/** Reader sessions scrolling through a result list; dropped at the end or when left idle. */
export class Cursors {
  #open = new Map<string, Cursor>();
  #sweeper: ReturnType<typeof setInterval>;

  constructor() {
    this.#sweeper = setInterval(() => this.#sweep(), SWEEP_MS);
  }

  first(key: string, hits: Hit[], size: number) {
    const cursor = { hits, offset: 0, touched: Date.now() };
    this.#open.set(key, cursor);
    return this.#page(key, cursor, size);
  }

  next(key: string, size: number) {
    const cursor = this.#open.get(key);
    if (!cursor) return undefined;
    cursor.touched = Date.now();
    return this.#page(key, cursor, size);
  }

  #page(key: string, cursor: Cursor, size: number) {
    const items = cursor.hits.slice(cursor.offset, cursor.offset + size);
    const offset = cursor.offset;
    cursor.offset += items.length;
    const more = cursor.offset < cursor.hits.length;
    if (!more) this.#open.delete(key);
    return { offset, items, more, total: cursor.hits.length };
  }

  #sweep() {
    const cutoff = Date.now() - IDLE_MS;
    for (const [key, cursor] of this.#open) {
      if (cursor.touched < cutoff) this.#open.delete(key);
    }
  }

  close() {
    clearInterval(this.#sweeper);
  }

  get size(): number {
    return this.#open.size;
  }
}
