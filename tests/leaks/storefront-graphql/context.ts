// Per-request GraphQL context: one DataLoader per entity, so a query that asks for the same
// seller fifty times hits the catalog once. Stock updates must not be served stale from a
// loader of a request still in flight, so every context is registered for invalidation.
import DataLoader from "dataloader";

export interface Product {
  id: string;
  title: string;
  priceCents: number;
  sellerId: string;
  stock: number;
  tags: string[];
}
export interface Seller {
  id: string;
  name: string;
  rating: number;
  country: string;
}

export const products = new Map<string, Product>();
export const sellers = new Map<string, Seller>();
for (let s = 1; s <= 12; s++) {
  sellers.set(`s${s}`, {
    id: `s${s}`,
    name: `Seller ${s}`,
    rating: 3 + (s % 3) * 0.5,
    country: s % 2 ? "NL" : "DE",
  });
}
for (let p = 1; p <= 400; p++) {
  products.set(`p${p}`, {
    id: `p${p}`,
    title: `Product ${p}`,
    priceCents: 499 + (p * 37) % 9000,
    sellerId: `s${1 + (p % 12)}`,
    stock: (p * 13) % 50,
    tags: p % 3 ? ["home", "kitchen"] : ["garden"],
  });
}

let catalogCalls = 0;
export const catalogStats = () => ({ catalogCalls, liveContexts: liveContexts.size });

export class RequestContext {
  readonly loaders: {
    product: DataLoader<string, Product | null>;
    seller: DataLoader<string, Seller | null>;
  };
  readonly startedAt = Date.now();

  constructor(readonly viewer: string, readonly requestId: string) {
    this.loaders = {
      // deno-lint-ignore require-await
      product: new DataLoader(async (ids) => {
        catalogCalls++;
        return ids.map((id) => structuredClone(products.get(id)) ?? null);
      }),
      // deno-lint-ignore require-await
      seller: new DataLoader(async (ids) => {
        catalogCalls++;
        return ids.map((id) => structuredClone(sellers.get(id)) ?? null);
      }),
    };
  }
}

const liveContexts = new Set<RequestContext>();

export function createContext(viewer: string, requestId: string): RequestContext {
  const ctx = new RequestContext(viewer, requestId);
  liveContexts.add(ctx);
  return ctx;
}

/** After a write: drop the product from every loader that may have it cached. */
export function invalidateProduct(id: string) {
  for (const ctx of liveContexts) ctx.loaders.product.clear(id);
}
