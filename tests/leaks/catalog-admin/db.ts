import type { Row } from "./orm/entity.ts";

/** The catalogue database (an in-memory copy of the supplier feed in this build). */
export class Database {
  #tables = new Map<string, Map<string, Row>>();
  writes = 0;

  seed(table: string, rows: Row[]): void {
    this.#tables.set(table, new Map(rows.map((r) => [r.id, r])));
  }

  select(table: string, id: string): Promise<Row | undefined> {
    const row = this.#tables.get(table)?.get(id);
    return Promise.resolve(row && structuredClone(row));
  }

  update(table: string, id: string, changes: Record<string, unknown>): Promise<void> {
    const rows = this.#tables.get(table);
    const row = rows?.get(id);
    if (!rows || !row) return Promise.reject(new Error(`${table}/${id} not found`));
    rows.set(id, { ...row, ...changes, updatedAt: new Date().toISOString() });
    this.writes++;
    return Promise.resolve();
  }
}

const COLOURS = ["oak", "walnut", "white", "black", "sage", "terracotta"];
const KINDS = ["desk lamp", "bookshelf", "side table", "planter", "wall clock", "floor rug"];

export function seedCatalogue(db: Database, count: number): void {
  const products: Row[] = [];
  for (let n = 1; n <= count; n++) {
    const colour = COLOURS[n % COLOURS.length];
    const kind = KINDS[(n * 7) % KINDS.length];
    products.push({
      id: `p-${n}`,
      sku: `HOME-${String(n).padStart(5, "0")}`,
      title: `${colour[0].toUpperCase()}${colour.slice(1)} ${kind}`,
      description:
        `A ${colour} ${kind} from our Nordic range: sustainably sourced materials, flat-packed, ` +
        `assembles in under 15 minutes. Ships from the Tilburg warehouse within 2 working days.`,
      priceCents: 1995 + (n % 40) * 250,
      stock: (n * 13) % 90,
      supplierId: `sup-${(n % 12) + 1}`,
      tags: [colour, kind.split(" ")[0], n % 3 === 0 ? "bestseller" : "new"],
      updatedAt: "2024-06-01T08:00:00.000Z",
    });
  }
  db.seed("products", products);
  db.seed(
    "suppliers",
    Array.from({ length: 12 }, (_, i) => ({
      id: `sup-${i + 1}`,
      name: `Supplier ${i + 1}`,
      country: i % 2 ? "SE" : "DK",
    })),
  );
}
