import type { Schema } from "./graphql/execute.ts";

const BRANDS = ["Fjällbo", "Nordkap", "Halden", "Strand & Co"];
const NOUNS = ["rain jacket", "wool beanie", "trail shoe", "down vest", "fleece", "day pack"];

interface ProductRow {
  id: string;
  name: string;
  brandId: number;
  priceCents: number;
}

/** One request's product rows, so a product asked for twice is fetched once. */
export class ProductLoader {
  #rows = new Map<string, Promise<ProductRow>>();

  load(id: string): Promise<ProductRow> {
    let row = this.#rows.get(id);
    if (!row) this.#rows.set(id, row = fetchProduct(id));
    return row;
  }
}

async function fetchProduct(id: string): Promise<ProductRow> {
  await new Promise((resolve) => setTimeout(resolve, 2));
  const n = Number(id.replace(/\D/g, "")) || 0;
  const name = `${BRANDS[n % 4]} ${NOUNS[n % NOUNS.length]}`;
  return { id, name, brandId: n % 4, priceCents: 2995 + (n % 40) * 250 };
}

const REVIEWS = [
  { rating: 5, title: "Warm, light and packs small" },
  { rating: 4, title: "Runs a size small" },
  { rating: 4, title: "Does the job" },
];
const money = (cents: number) => ({ amount: (cents / 100).toFixed(2), currency: "EUR" });
type Ctx = { products: ProductLoader };

export const schema: Schema = {
  types: {
    Query: { product: "Product" },
    Product: {
      id: "ID",
      name: "String",
      price: "Money",
      reviews: "[Review]",
      related: "[Product]",
    },
    Money: { amount: "String", currency: "String" },
    Review: { rating: "Int", title: "String" },
  },
  resolvers: {
    Query: { product: (_, args, ctx) => (ctx as Ctx).products.load(String(args.id)) },
    Product: {
      price: (p) => money(p.priceCents as number),
      reviews: (_, args) => REVIEWS.slice(0, Number(args.first ?? 2)),
      related: (p, args, ctx) => {
        const n = Number(String(p.id).replace(/\D/g, "")) || 0;
        const ids = [1, 2, 3].slice(0, Number(args.first ?? 3)).map((k) => `p-${(n + k * 7) % 60}`);
        return Promise.all(ids.map((id) => (ctx as Ctx).products.load(id)));
      },
    },
  },
};
