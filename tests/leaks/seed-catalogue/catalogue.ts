export interface Variety {
  sku: string;
  name: string;
  latin: string;
  category: string;
  sowFrom: number;
  sowTo: number;
  daysToHarvest: number;
  seedsPerPacket: number;
  priceCents: number;
  stock: number;
  organic: boolean;
}

interface Reader {
  items: readonly Variety[];
  index: number;
  openedAt: number;
}

/**
 * The seed catalogue. Stock changes come in from the warehouse while pages and exports are
 * being built, so iteration works on a snapshot: while anyone is reading, a write copies the
 * list first (copy-on-write) and each reader keeps the list it started on.
 */
export class Catalogue implements Iterable<Variety> {
  #items: Variety[];
  #readers = new Set<Reader>();
  copies = 0;

  constructor(items: Variety[]) {
    this.#items = items;
  }

  [Symbol.iterator](): Iterator<Variety> & Iterable<Variety> {
    const reader: Reader = { items: this.#items, index: 0, openedAt: Date.now() };
    this.#readers.add(reader);
    const readers = this.#readers;
    return {
      next(): IteratorResult<Variety> {
        if (reader.index < reader.items.length) {
          return { value: reader.items[reader.index++], done: false };
        }
        return { value: undefined, done: true };
      },
      // The reader is done with its snapshot.
      return(): IteratorResult<Variety> {
        readers.delete(reader);
        return { value: undefined, done: true };
      },
      [Symbol.iterator]() {
        return this;
      },
    };
  }

  update(sku: string, patch: Partial<Pick<Variety, "stock" | "priceCents">>) {
    const i = this.#items.findIndex((v) => v.sku === sku);
    if (i === -1) return undefined;
    if (this.#readers.size > 0) {
      this.#items = [...this.#items];
      this.copies++;
    }
    const updated = { ...this.#items[i], ...patch };
    this.#items[i] = updated;
    return updated;
  }

  get size(): number {
    return this.#items.length;
  }

  get openReaders(): number {
    return this.#readers.size;
  }
}
