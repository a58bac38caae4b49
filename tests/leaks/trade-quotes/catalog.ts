import { Signal } from "./signals.ts";

/** A wholesale price book: list prices in euro cents with volume tiers per product. */
export interface PriceBookEntry {
  sku: string;
  name: string;
  unit: string;
  listPrice: number;
  /** Discount (a fraction) from a minimum quantity up; sorted by minQty ascending. */
  tiers: { minQty: number; discount: number }[];
  vatClass: "standard" | "reduced";
}

export interface PriceBook {
  version: number;
  publishedAt: string;
  entries: Map<string, PriceBookEntry>;
}

const STARTING_BOOK: PriceBookEntry[] = [
  {
    sku: "COF-ESP-1KG",
    name: "Espresso beans, house blend",
    unit: "bag 1 kg",
    listPrice: 2195,
    tiers: [{ minQty: 10, discount: 0.05 }, { minQty: 40, discount: 0.12 }],
    vatClass: "reduced",
  },
  {
    sku: "COF-DEC-1KG",
    name: "Decaf beans, Swiss water",
    unit: "bag 1 kg",
    listPrice: 2450,
    tiers: [{ minQty: 10, discount: 0.04 }],
    vatClass: "reduced",
  },
  {
    sku: "CUP-8OZ-1000",
    name: "Paper cups 8 oz",
    unit: "box of 1000",
    listPrice: 6900,
    tiers: [{ minQty: 5, discount: 0.08 }, { minQty: 20, discount: 0.15 }],
    vatClass: "standard",
  },
  {
    sku: "LID-8OZ-1000",
    name: "Sip lids 8 oz",
    unit: "box of 1000",
    listPrice: 3400,
    tiers: [{ minQty: 5, discount: 0.08 }],
    vatClass: "standard",
  },
  {
    sku: "MLK-OAT-6",
    name: "Oat drink barista",
    unit: "crate of 6 L",
    listPrice: 1575,
    tiers: [{ minQty: 12, discount: 0.06 }],
    vatClass: "reduced",
  },
];

/** The published price book; quotes read it through the signal and follow its updates. */
export const priceBook = new Signal<PriceBook>({
  version: 1,
  publishedAt: new Date().toISOString(),
  entries: new Map(STARTING_BOOK.map((e) => [e.sku, e])),
});

export class CatalogError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** Publishes a new list price (a new book version: open quotes reprice on their next read). */
export function publishListPrice(sku: string, listPrice: number): PriceBook {
  const book = priceBook.peek();
  const entry = book.entries.get(sku);
  if (!entry) throw new CatalogError(404, `no product ${sku}`);
  if (!Number.isInteger(listPrice) || listPrice <= 0) {
    throw new CatalogError(422, "listPrice must be a positive number of cents");
  }
  const entries = new Map(book.entries);
  entries.set(sku, { ...entry, listPrice });
  const next = { version: book.version + 1, publishedAt: new Date().toISOString(), entries };
  priceBook.value = next;
  return next;
}

export function describeBook(book: PriceBook) {
  return {
    version: book.version,
    publishedAt: book.publishedAt,
    products: [...book.entries.values()].map((e) => ({
      sku: e.sku,
      name: e.name,
      unit: e.unit,
      listPrice: e.listPrice / 100,
      tiers: e.tiers,
    })),
  };
}
